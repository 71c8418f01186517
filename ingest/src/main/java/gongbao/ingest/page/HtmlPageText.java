package gongbao.ingest.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an e-paper or news article page into page text (blocks separated by blank lines): headline
 * group first (kicker, title, subtitle), then the body paragraphs. Scripts, styles, navigation and
 * other page furniture are dropped; only text survives, so no markup reaches the archive.
 */
final class HtmlPageText {

  private static final String FURNITURE =
      "script, style, noscript, iframe, nav, header, footer, aside, form, .nav, .footer, .comment, .comments";

  private HtmlPageText() {}

  static String extract(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(FURNITURE).remove();
    StringBuilder text = new StringBuilder();
    Element body = firstOf(doc, "founder-content", "#ozoom", "article", ".article", "#content", "body");
    appendBlock(text, firstText(doc, "founder-introtitle", "#ozoom h3"));
    appendBlock(text, firstText(doc, "founder-title", "#ozoom h1", "h1", "title"));
    appendBlock(text, firstText(doc, "founder-subtitle", "#ozoom h2"));
    if (body != null) {
      Elements paragraphs = body.select("p");
      if (paragraphs.isEmpty()) {
        appendBlock(text, body.text());
      }
      for (Element p : paragraphs) {
        appendBlock(text, p.text());
      }
    }
    return text.toString();
  }

  private static Element firstOf(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element found = doc.selectFirst(selector);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String firstText(Document doc, String... selectors) {
    Element found = firstOf(doc, selectors);
    return found == null ? "" : found.text();
  }

  private static void appendBlock(StringBuilder text, String block) {
    String trimmed = block.strip();
    if (!trimmed.isEmpty()) {
      text.append(trimmed).append("\n\n");
    }
  }
}
