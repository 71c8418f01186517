package gongbao.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one article of an e-paper or news article page: its headline as the markup states it, its byline and body
 * as page text (blocks separated by blank lines) for the splitter, and the publication date the page states. Three
 * shapes are read: Founder e-paper tags ({@code founder-title}, {@code founder-content} …), {@code div#ozoom} pages
 * ({@code h3} kicker, {@code h1} title, {@code h2} subtitle, {@code div.lai} authors), and ordinary news pages
 * ({@link NewsPage}). Scripts, styles, navigation, ads, share bars,
 * comments and link lists are dropped; only text survives, so no markup reaches the archive.
 */
public final class HtmlPageText {

  /** The one article of an HTML page: what its markup states, its text as page text, its date if stated. */
  public record HtmlArticle(ArticleMarkup markup, String text, @Nullable LocalDate date) {}

  private static final String FURNITURE =
      "script, style, noscript, iframe, nav, header, footer, button, select, input, textarea, svg";
  private static final String FURNITURE_WORDS = "(?i)(^|[\\s-])"
      + "(comments?|reply|recommend|related|breadcrumb|advert|ads?|share|sharebar|bdshare|nav|menu|footer)([\\s-]|$)";
  /** Blocks named for comments, share bars, ads and the like; only whole class or id words count. */
  private static final String SIDE_BLOCKS = "[class~=" + FURNITURE_WORDS + "], [id~=" + FURNITURE_WORDS + "]";
  private static final int MIN_BLOCK_CHARS = 2;
  /** The share of a headline's character pairs a line above the text must have to give it again. */
  private static final double MOSTLY = 0.6;
  /** Characters of text that must come before a line introducing other stories ends the text. */
  private static final int MIN_TEXT_BEFORE_END = 100;

  private HtmlPageText() {}

  public static HtmlArticle extract(String html) {
    Document doc = Jsoup.parse(html);
    PublicationDate.Stated stated = PublicationDate.stated(doc);
    doc.select(FURNITURE).remove();
    doc.select(SIDE_BLOCKS).remove();
    Element ozoom = doc.selectFirst("#ozoom");
    if (ozoom != null) {
      return ozoom(ozoom, stated);
    }
    if (doc.selectFirst("founder-content") != null || doc.selectFirst("founder-title") != null) {
      return founder(doc, stated);
    }
    return NewsPage.read(doc, stated);
  }

  private static HtmlArticle founder(Document doc, PublicationDate.Stated stated) {
    ArticleMarkup headline = new ArticleMarkup(
        firstText(doc, "founder-introtitle"), firstText(doc, "founder-title"), firstText(doc, "founder-subtitle"));
    StringBuilder text = new StringBuilder();
    appendBlock(text, orEmpty(firstText(doc, "founder-author")));
    Element content = doc.selectFirst("founder-content");
    if (content != null) {
      appendLines(content, text);
    }
    return new HtmlArticle(headline, text.toString(), PublicationDate.find(stated, ""));
  }

  private static HtmlArticle ozoom(Element ozoom, PublicationDate.Stated stated) {
    ArticleMarkup headline = new ArticleMarkup(firstText(ozoom, "h3"), firstText(ozoom, "h1"), firstText(ozoom, "h2"));
    StringBuilder text = new StringBuilder();
    appendBlock(text, orEmpty(firstText(ozoom, "div.lai")));
    ozoom.select("h1, h2, h3, div.lai").remove();
    Element content = ozoom.selectFirst("founder-content, #articleContent, .content");
    appendLines(content != null ? content : ozoom, text);
    return new HtmlArticle(headline, text.toString(), PublicationDate.find(stated, ""));
  }

  /**
   * The lines an element shows, leaving out link lists, the site's own lines ({@link WebBoilerplate}), the headline
   * where the body gives it again above its text, and everything from a line that introduces other stories or comments once
   * some text has come ({@code 相关新闻} links above a text are not its end).
   */
  static List<String> textLines(Element body, @Nullable String headline) {
    List<String> lines = new ArrayList<>();
    int chars = 0;
    for (HtmlLines.Line line : HtmlLines.of(body)) {
      String text = WebBoilerplate.withoutTrailingLink(line.text());
      if (chars >= MIN_TEXT_BEFORE_END && WebBoilerplate.endsText(text)) {
        break;
      }
      if (!line.mostlyLinks() && !WebBoilerplate.isBoilerplate(text) && !text.isEmpty()
          && !(lines.isEmpty() && repeatsHeadline(text, headline))) {
        lines.add(text);
        chars += text.length();
      }
    }
    return lines;
  }

  /**
   * The line above the text gives the headline again: as it is, with a label ({@code 原创}), or in a variant wording
   * (most of the headline's character pairs, in a line not much longer).
   */
  private static boolean repeatsHeadline(String line, @Nullable String headline) {
    if (headline == null || headline.length() < 2 || line.length() > headline.length() * 3 / 2 + 2
        || line.contains("。") || line.contains("摄")) { // a caption of the story's photo is text
      return false;
    }
    if (line.contains(headline)) {
      return true;
    }
    int pairs = headline.length() - 1;
    int shared = 0;
    for (int i = 0; i < pairs; i++) {
      if (line.contains(headline.substring(i, i + 2))) {
        shared++;
      }
    }
    return shared >= pairs * MOSTLY;
  }

  private static void appendLines(Element body, StringBuilder text) {
    for (String line : textLines(body, null)) {
      appendBlock(text, line);
    }
  }

  private static @Nullable String firstText(Element root, String selector) {
    Element found = root.selectFirst(selector);
    String text = found == null ? "" : found.text().strip();
    return text.isEmpty() ? null : text;
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** Appends a block; a lone character is kept only under text (above it, it is a label). */
  static void appendBlock(StringBuilder text, String block) {
    String trimmed = block.replace('\u00A0', ' ').strip();
    if (trimmed.length() >= MIN_BLOCK_CHARS || !trimmed.isEmpty() && !text.isEmpty()) {
      text.append(trimmed).append("\n\n");
    }
  }
}
