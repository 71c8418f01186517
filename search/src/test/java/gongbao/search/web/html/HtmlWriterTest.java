package gongbao.search.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  @Test
  void text_and_attribute_values_are_escaped() {
    String html = new HtmlWriter()
        .element("p", "<script>alert('x')</script> & \"引号\"", "title", "\"><img src=x onerror=alert(1)>")
        .toString();
    assertEquals("<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">"
        + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;</p>", html);
  }

  @Test
  void an_attribute_whose_value_is_null_is_left_out() {
    assertEquals("<a href=\"/\">首页</a>", new HtmlWriter().link("/", "首页", "aria-current", null).toString());
  }

  @Test
  void element_and_attribute_names_that_are_not_plain_names_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p onclick=x"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p", "on click", "x"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p", "title"));
  }

  @Test
  void empty_elements_are_self_closed_so_that_they_also_end_svg_shapes() {
    assertEquals("<circle cx=\"1\" r=\"4\"/>", new HtmlWriter().empty("circle", "cx", "1", "r", "4").toString());
  }
}
