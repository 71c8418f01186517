package gongbao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticlePagesTest {

  private static boolean pagedOn(String body) {
    return ArticlePages.pagedOn(Jsoup.parse("<html><body><div class=\"text\"><p>夜校开学了。</p></div>" + body
        + "</body></html>"));
  }

  @Test
  void links_to_the_texts_other_pages_by_number_or_as_the_next_page_page_it_on() {
    assertTrue(pagedOn("<div class=\"pager\"><a href=\"/n1/c1013-31.html\">【1】</a>"
        + "<a href=\"/n1/c1013-31-2.html\">【2】</a><a href=\"/n1/c1013-31-3.html\">【3】</a></div>"));
    assertTrue(pagedOn("<aside><a href=\"javascript:;\" class=\"disable\">上一页</a><span>1/2</span>"
        + "<a href=\"https://news.example.com/Content-1220_2.html\">下一页</a></aside>"));
    assertTrue(pagedOn("<span class=\"active\">1</span><a class=\"next\" "
        + "onclick=\"javascript:location.href='/news/2019_09_07_5168_2.shtml';\">下一页</a>"));
  }

  @Test
  void a_scripted_pager_of_comments_and_a_link_to_the_first_page_alone_do_not() {
    assertFalse(pagedOn("<ul><li><span class=\"active\">1</span></li><li><a href=\"javascript:;\" data-page=\"2\">2</a>"
        + "</li><li><a href=\"javascript:;\" class=\"next\">下一页</a></li></ul>"));
    assertFalse(pagedOn("<a href=\"/n1/c1013-31.html\">【1】</a>"));
    assertFalse(pagedOn("<a href=\"/list/index_2.html\">更多新闻</a><a href=\"/2019/a_3.html\">2</a>"));
  }
}
