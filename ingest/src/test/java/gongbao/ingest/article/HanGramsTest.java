package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HanGramsTest {

  private static long packed(String run) {
    long gram = 0;
    for (char c : run.toCharArray()) {
      gram = gram << 16 | c;
    }
    return gram;
  }

  @Test
  void runs_are_packed_exactly_and_never_cross_other_characters() {
    assertEquals(Set.of(packed("工会驿"), packed("会驿站")), HanGrams.of("工会驿站，劳模a工匠", 3, 100));
    assertEquals(Set.of(packed("工会驿站")), HanGrams.of("工会驿站 工会驿站", 4, 100));
  }

  @Test
  void only_the_first_max_chars_are_read() {
    assertEquals(Set.of(packed("工会")), HanGrams.of("工会驿站", 2, 2));
  }

  @Test
  void shared_counts_common_members() {
    assertEquals(2, HanGrams.shared(HanGrams.of("职工书屋建设", 2, 100), HanGrams.of("书屋建好了", 2, 100)));
  }

  @Test
  void a_table_holds_the_distinct_runs_and_counts_those_another_text_holds_as_shared_does() {
    HanGrams.Table table = HanGrams.Table.of("工会驿站，工会", 2, 100);
    assertEquals(3, table.size()); // 工会, 会驿, 驿站
    assertEquals(2, table.occurringIn("驿站里的工会", 100));
    java.util.Random random = new java.util.Random(5);
    String alphabet = "工会职书屋建设好了站驿，a";
    for (int i = 0; i < 200; i++) {
      String a = randomText(random, alphabet);
      String b = randomText(random, alphabet);
      int n = 1 + random.nextInt(4);
      assertEquals(HanGrams.of(a, n, 30).size(), HanGrams.Table.of(a, n, 30).size(), a + " n=" + n);
      assertEquals(HanGrams.shared(HanGrams.of(a, n, 30), HanGrams.of(b, n, 30)),
          HanGrams.Table.of(a, n, 30).occurringIn(b, 30), a + " / " + b + " n=" + n);
    }
  }

  private static String randomText(java.util.Random random, String alphabet) {
    StringBuilder text = new StringBuilder();
    for (int length = random.nextInt(40); text.length() < length; ) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  @Test
  void runs_longer_than_a_long_holds_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> HanGrams.of("工会", 5, 100));
  }
}
