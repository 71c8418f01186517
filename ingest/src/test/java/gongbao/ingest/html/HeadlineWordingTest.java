package gongbao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlineWordingTest {

  private static String asPrinted(String headline, String body) {
    return HeadlineWording.asPrinted(headline, Jsoup.parse("<html><body>" + body + "</body></html>"));
  }

  @Test
  void a_reposting_sites_tag_is_dropped_when_the_page_gives_the_headline_without_it() {
    String tagged = "[江城美妆]七旬阿婆接来电被骗上百万";
    assertEquals("七旬阿婆接来电被骗上百万",
        asPrinted(tagged, "<h2>" + tagged + "</h2><p style=\"display:none\">原标题：七旬阿婆接来电被骗上百万</p>"));
    assertEquals("七旬阿婆接来电被骗上百万", asPrinted("【江城美妆】七旬阿婆接来电被骗上百万", "<h1>七旬阿婆接来电被骗上百万</h1>"));
  }

  @Test
  void a_bracketed_label_the_page_prints_with_the_headline_is_kept() {
    String labelled = "【视频】七旬阿婆接来电被骗上百万";
    assertEquals(labelled, asPrinted(labelled, "<h1>" + labelled + "</h1><p>9月9日，警方通报了案情。</p>"));
    assertNull(HeadlineWording.asPrinted(null, Jsoup.parse("<p>正文</p>")));
  }

  @Test
  void an_ideographic_space_padding_the_title_goes_where_the_page_prints_the_words_together() {
    assertEquals("关于调整2007年末国债余额限额的决议",
        asPrinted("关于调整2007\u3000年末国债余额限额的决议", "<p><strong>关于调整2007年末国债余额限额的决议</strong></p>"));
    assertEquals("稳就业\u3000保民生", asPrinted("稳就业\u3000保民生", "<p>各地稳就业、保民生。</p>"));
  }
}
