package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiPunctuationFinderTest {

  private static List<String> found(String body) {
    return AsciiPunctuationFinder.find("<!doctype html><html><head><title>工报</title></head><body>" + body);
  }

  /** Asserts that the body holds one misplaced mark, and that it is reported with the text around it. */
  private static void assertFindsOne(String body, String around) {
    List<String> found = found(body);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).contains(around), found.toString());
  }

  @Test
  void ascii_marks_in_chinese_prose_are_found_within_and_across_inline_elements_and_in_shown_attributes() {
    assertFindsOne("<p>检索式有误:第 2 个字符处</p>", "有误:第");
    assertFindsOne("<p><a href=/trends>报道趋势</a>,或<a href=/about>了解本站</a></p>", "趋势,或");
    assertFindsOne("<h1>找不到这个页面</h1><p>返回检索页:</p>", "检索页:");
    assertFindsOne("<p>重合 <strong>98.4%</strong>,最长一段相同</p>", "%,最长");
    assertFindsOne("<abbr title=\"日期由正文推断,未经版面核实\">推断</abbr>", "title=");
  }

  @Test
  void typed_syntax_code_form_values_the_citation_and_full_width_marks_are_left_alone() {
    assertEquals(List.of(), found("<p>还可以用 region:、union: 按地区、工会检索；写法：<code>title:劳模</code></p>"));
    assertEquals(List.of(), found("<kbd>paper:(grrb OR zjgrb) 劳模</kbd><input value=\"(劳模,工匠\">"));
    assertEquals(List.of(), found("<textarea>稿件,正文</textarea>"));
    assertEquals(List.of(), found("<p id=\"citation-text\">张文. 慈溪：骑手驿站[N]. 工人日报, 日期不详.</p>"));
    assertEquals(List.of(), found("<h1>第 999 页超出范围：共 12 篇，3 页（第 3 页）</h1><p>(劳模 · 工报检索</p>"));
  }
}
