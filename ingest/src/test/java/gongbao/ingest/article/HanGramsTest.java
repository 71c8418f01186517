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
  void runs_longer_than_a_long_holds_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> HanGrams.of("工会", 5, 100));
  }
}
