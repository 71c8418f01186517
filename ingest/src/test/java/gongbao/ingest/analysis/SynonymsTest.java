package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

  @Test
  void each_term_of_a_group_gets_the_others_in_file_order() throws IOException {
    Synonyms synonyms = read("# comment\n骑手 ~ 外卖配送员 ~ 外卖小哥\n");
    assertEquals(List.of("外卖配送员", "外卖小哥"), synonyms.alternativesOf("骑手"));
    assertEquals(List.of("骑手", "外卖小哥"), synonyms.alternativesOf("外卖配送员"));
  }

  @Test
  void a_word_outside_every_group_has_no_alternatives() throws IOException {
    assertEquals(List.of(), read("骑手 ~ 外卖小哥\n").alternativesOf("工会"));
  }

  @Test
  void terms_are_normalised_like_the_text() throws IOException {
    Synonyms synonyms = read("全總 ~ 中华全国总工会\n");
    assertEquals(List.of("中华全国总工会"), synonyms.alternativesOf("全总"));
    assertEquals(List.of("全总"), synonyms.alternativesOf(" 中華全國總工會 "));
  }

  @Test
  void a_term_written_with_an_equals_sign_is_a_word_only_and_keeps_its_group() throws IOException {
    Synonyms synonyms = read("=全总 ~ 中华全国总工会\n");
    assertTrue(synonyms.wordOnly("全总"));
    assertFalse(synonyms.wordOnly("中华全国总工会"));
    assertEquals(List.of("中华全国总工会"), synonyms.alternativesOf("全总"));
    assertEquals(List.of("全总"), synonyms.alternativesOf("中华全国总工会"));
  }

  @Test
  void the_bundled_file_has_the_groups_the_design_names() {
    Synonyms bundled = Synonyms.bundled();
    assertEquals(true, bundled.alternativesOf("骑手").containsAll(List.of("外卖配送员", "外卖小哥")));
    assertEquals(List.of("快递小哥"), bundled.alternativesOf("快递员"));
    assertEquals(true, bundled.alternativesOf("全总").contains("中华全国总工会"));
    assertEquals(true, bundled.alternativesOf("农民工").contains("进城务工人员"));
  }

  private static Synonyms read(String text) throws IOException {
    return Synonyms.read(new BufferedReader(new StringReader(text)));
  }
}
