package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetBuilderTest {

  @Test
  void marks_every_occurrence_of_the_terms() {
    assertEquals(
        "<mark>劳模</mark>工匠与<mark>劳模</mark>代表", SnippetBuilder.build("劳模工匠与劳模代表", List.of("劳模")));
  }

  @Test
  void escapes_markup_from_the_text_and_keeps_only_its_own_marks() {
    String snippet = SnippetBuilder.build("<script>alert('工会')</script> & 工会", List.of("工会"));
    assertEquals(
        "&lt;script&gt;alert(&#39;<mark>工会</mark>&#39;)&lt;/script&gt; &amp; <mark>工会</mark>", snippet);
  }

  @Test
  void prefers_the_longer_term_where_two_overlap() {
    assertEquals("<mark>工会驿站</mark>", SnippetBuilder.build("工会驿站", List.of("工会", "工会驿站")));
  }

  @Test
  void marks_a_phrase_as_the_index_matches_it_on_letters_and_digits_alone() {
    assertEquals("全国<mark>劳模</mark>!", SnippetBuilder.build("全国劳模!", List.of("劳模！")));
    assertEquals("<mark>工会、驿站</mark>开放", SnippetBuilder.build("工会、驿站开放", List.of("工会 驿站")));
    assertEquals("<mark>劳模</mark>", SnippetBuilder.build("劳模", List.of("劳\u200B模")));
  }

  @Test
  void matches_full_width_letters_against_half_width_terms() {
    assertEquals("<mark>ＡＩ</mark>赋能", SnippetBuilder.build("ＡＩ赋能", List.of("ai")));
  }

  @Test
  void cuts_a_window_around_the_first_match_in_long_text() {
    String text = "甲".repeat(500) + "工匠" + "乙".repeat(500);
    String snippet = SnippetBuilder.build(text, List.of("工匠"));
    assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(snippet.contains("<mark>工匠</mark>"));
    assertEquals(SnippetBuilder.SNIPPET_CHARS + 2 + "<mark></mark>".length(), snippet.length());
  }
}
