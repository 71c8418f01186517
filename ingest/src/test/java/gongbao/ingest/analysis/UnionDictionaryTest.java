package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnionDictionaryTest {

  @Test
  void the_bundled_dictionary_has_a_version_and_the_design_vocabulary() {
    UnionDictionary dictionary = UnionDictionary.bundled();
    assertEquals("1", dictionary.version());
    assertTrue(
        dictionary.terms().containsAll(
            List.of("新就业形态劳动者", "劳模工匠", "工会驿站", "产业工人队伍建设改革", "户外劳动者", "工会联合会", "五一劳动奖章", "职工书屋", "产改")));
    assertTrue(dictionary.terms().size() >= 100, dictionary.terms().size() + " terms");
  }

  @Test
  void the_dictionary_version_is_part_of_the_analyzer_version() {
    assertTrue(GongbaoAnalyzers.VERSION.endsWith("union-dictionary-" + UnionDictionary.bundled().version()));
  }

  @Test
  void terms_are_normalised_and_comments_skipped() throws Exception {
    UnionDictionary dictionary =
        UnionDictionary.read(new BufferedReader(new StringReader("# version: 7\n# a comment\n工會驛站\n\n工会App\n")));
    assertEquals(new UnionDictionary("7", List.of("工会驿站", "工会app")), dictionary);
  }

  @Test
  void a_dictionary_without_a_version_is_refused() {
    assertThrows(
        IllegalStateException.class,
        () -> UnionDictionary.read(new BufferedReader(new StringReader("工会驿站\n"))));
  }
}
