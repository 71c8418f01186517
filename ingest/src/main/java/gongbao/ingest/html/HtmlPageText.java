package gongbao.ingest.html;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one article of an e-paper or news article page: its headline as the markup states it, its byline and body
 * as page text (blocks separated by blank lines) for the splitter, with what the markup shows its lines to be
 * (headings, captions, code: {@link LineMark}), and the publication date the page states. Three shapes are read:
 * Founder e-paper tags ({@code founder-title}, {@code founder-content} …), {@code div#ozoom} pages ({@code h3} kicker,
 * {@code h1} title, {@code h2} subtitle, {@code div.lai} authors), and ordinary news pages ({@link NewsPage}). Scripts,
 * styles, navigation, ads, share bars, comments and link lists are dropped ({@link ArticleLines}); only text survives,
 * so no markup reaches the archive.
 */
public final class HtmlPageText {

  /** The one article of an HTML page: what its markup states, its text as page text, its date if stated. */
  public record HtmlArticle(ArticleMarkup markup, String text, @Nullable LocalDate date) {}

  private static final String FURNITURE =
      "script, style, noscript, iframe, nav, header, footer, button, select, input, textarea, label, svg, video, audio";
  private static final String FURNITURE_WORDS = "(?i)(^|[\\s-])"
      + "(comments?|reply|recommend|related|breadcrumb|advert|ads?|promo|share|sharebar|bdshare|qrcode|player"
      + "|nav|menu|footer)([\\s-]|$)";
  /** Blocks named for comments, share bars, ads, promotions, video players and the like; only whole words count. */
  private static final String SIDE_BLOCKS = "[class~=" + FURNITURE_WORDS + "], [id~=" + FURNITURE_WORDS + "]";

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
    MarkedText text = new MarkedText();
    text.add(orEmpty(firstText(doc, "founder-author")), null);
    Element content = doc.selectFirst("founder-content");
    if (content != null) {
      text.addAll(ArticleLines.of(content, null));
    }
    ArticleMarkup headline = new ArticleMarkup(firstText(doc, "founder-introtitle"), firstText(doc, "founder-title"),
        firstText(doc, "founder-subtitle"), List.of(), Credited.NONE, text.marks());
    return new HtmlArticle(headline, text.text(), PublicationDate.find(stated, ""));
  }

  private static HtmlArticle ozoom(Element ozoom, PublicationDate.Stated stated) {
    String kicker = firstText(ozoom, "h3");
    String title = firstText(ozoom, "h1");
    String subtitle = firstText(ozoom, "h2");
    MarkedText text = new MarkedText();
    text.add(orEmpty(firstText(ozoom, "div.lai")), null);
    ozoom.select("h1, h2, h3, div.lai").remove();
    Element content = ozoom.selectFirst("founder-content, #articleContent, .content");
    text.addAll(ArticleLines.of(content != null ? content : ozoom, null));
    ArticleMarkup headline = new ArticleMarkup(kicker, title, subtitle, List.of(), Credited.NONE, text.marks());
    return new HtmlArticle(headline, text.text(), PublicationDate.find(stated, ""));
  }

  private static @Nullable String firstText(Element root, String selector) {
    Element found = root.selectFirst(selector);
    String text = found == null ? "" : found.text().strip();
    return text.isEmpty() ? null : text;
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
