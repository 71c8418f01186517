package gongbao.ingest.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Turns an e-paper or news article page into page text for the splitter: the headline group first
 * (kicker, title, subtitle, each on its own block), then the byline, then the body paragraphs, blocks
 * separated by blank lines. Three shapes are read: Founder e-paper tags ({@code founder-title},
 * {@code founder-content} …), {@code div#ozoom} pages ({@code h3} kicker, {@code h1} title, {@code h2}
 * subtitle, {@code div.lai} authors), and ordinary news pages, whose body is the element holding the
 * most paragraph text. Scripts, styles, navigation, ads, share bars and comments are dropped; only text
 * survives, so no markup reaches the archive.
 */
final class HtmlPageText {

  /** The text of an article page and the publication date it states, if any. */
  record HtmlArticle(String text, @Nullable LocalDate date) {}

  private static final String FURNITURE =
      "script, style, noscript, iframe, nav, header, footer, aside, form, button, select, input, textarea, svg";
  private static final String FURNITURE_WORDS =
      "(?i)(^|[\\s-])(comments?|reply|recommend|related|breadcrumb|advert|ads?|share|sharebar|bdshare|nav|menu|footer)([\\s-]|$)";
  /** Blocks named for comments, share bars, ads and the like; only whole class or id words count. */
  private static final String SIDE_BLOCKS = "[class~=" + FURNITURE_WORDS + "], [id~=" + FURNITURE_WORDS + "]";
  private static final String DATE_META =
      "meta[name=publishdate], meta[name=PubDate], meta[property=article:published_time], meta[name=pubdate], "
          + "meta[itemprop=datePublished]";
  private static final Pattern DATE = Pattern.compile("((?:19|20)\\d\\d)[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
  private static final int MIN_PARAGRAPH_CHARS = 2;
  /** Article bodies of common Chinese news sites and WeChat, tried before guessing. */
  private static final String KNOWN_BODIES =
      "#js_content, .rich_media_content, #artibody, .article-content, .rm_txt_con, #detail, .TRS_Editor, "
          + "#main_content, .post_body, #ContentBody, .article-body, article";
  private static final int MIN_KNOWN_BODY_CHARS = 50;
  private static final int MAX_TITLE_CHARS = 120;

  private HtmlPageText() {}

  static HtmlArticle extract(String html) {
    Document doc = Jsoup.parse(html);
    LocalDate date = date(doc);
    doc.select(FURNITURE).remove();
    doc.select(SIDE_BLOCKS).remove();
    StringBuilder text = new StringBuilder();
    Element ozoom = doc.selectFirst("#ozoom");
    if (ozoom != null) {
      ozoom(ozoom, text);
    } else if (doc.selectFirst("founder-content") != null || doc.selectFirst("founder-title") != null) {
      founder(doc, text);
    } else {
      newsPage(doc, text);
    }
    return new HtmlArticle(text.toString(), date);
  }

  private static void founder(Document doc, StringBuilder text) {
    appendBlock(text, firstText(doc, "founder-introtitle"));
    appendBlock(text, firstText(doc, "founder-title"));
    appendBlock(text, firstText(doc, "founder-subtitle"));
    appendBlock(text, firstText(doc, "founder-author"));
    Element content = doc.selectFirst("founder-content");
    if (content != null) {
      paragraphs(content, text);
    }
  }

  private static void ozoom(Element ozoom, StringBuilder text) {
    appendBlock(text, firstText(ozoom, "h3"));
    appendBlock(text, firstText(ozoom, "h1"));
    appendBlock(text, firstText(ozoom, "h2"));
    appendBlock(text, firstText(ozoom, "div.lai"));
    ozoom.select("h1, h2, h3, div.lai").remove();
    Element content = ozoom.selectFirst("founder-content, #articleContent, .content");
    paragraphs(content != null ? content : ozoom, text);
  }

  private static void newsPage(Document doc, StringBuilder text) {
    String title = firstText(doc, "h1.main-title, h1.title, .article-title h1, h1#title, .rm_txt h1, .article h1");
    if (title.isEmpty()) {
      title = longestHeading(doc);
    }
    if (title.isEmpty()) {
      Element og = doc.selectFirst("meta[property=og:title]");
      title = og != null ? og.attr("content").strip() : doc.title().strip();
    }
    appendBlock(text, title);
    Element known = doc.selectFirst(KNOWN_BODIES);
    if (known != null && known.text().length() >= MIN_KNOWN_BODY_CHARS) {
      paragraphs(known, text);
      return;
    }
    Element body = densestParagraphParent(doc);
    Element block = longestTextBlock(doc);
    if (block != null && (body == null || block.ownText().length() > paragraphText(body))) {
      appendBlock(text, block.text()); // a body written as bare text in one block, without p elements
    } else if (body != null) {
      paragraphs(body, text);
    }
  }

  /** The block element with the most text of its own (not counting its children's). */
  private static @Nullable Element longestTextBlock(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element element : doc.select("div, section, article, td")) {
      int length = element.ownText().length();
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    return best;
  }

  private static int paragraphText(Element body) {
    int length = 0;
    for (Element p : body.select("p")) {
      length += p.text().length();
    }
    return length;
  }

  /** The longest {@code h1} text, or empty: logos are h1 on some sites, titles are longer. */
  private static String longestHeading(Document doc) {
    String best = "";
    for (Element h1 : doc.select("h1")) {
      String candidate = h1.text().strip();
      if (candidate.length() > best.length() && candidate.length() <= MAX_TITLE_CHARS) {
        best = candidate;
      }
    }
    return best;
  }

  /** The element whose {@code p} children hold the most text: the article body on ordinary news pages. */
  private static @Nullable Element densestParagraphParent(Document doc) {
    Map<Element, Integer> score = new HashMap<>();
    Element best = null;
    int bestScore = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int value = score.merge(parent, p.text().length(), Integer::sum);
      if (value > bestScore) {
        best = parent;
        bestScore = value;
      }
    }
    return best != null ? best : doc.body();
  }

  /**
   * Appends the paragraphs of a body: its {@code p} elements when they hold most of its text, else its
   * text split at block elements and line breaks.
   */
  private static void paragraphs(Element body, StringBuilder text) {
    Elements ps = body.select("p");
    if (!ps.isEmpty() && paragraphText(body) * 2 >= body.text().length()) {
      for (Element p : ps) {
        appendBlock(text, p.text());
      }
      return;
    }
    body.select("br").after("\n");
    for (Element block : body.select("p, div, section, li, h1, h2, h3, h4, tr")) {
      block.appendText("\n");
    }
    for (String line : body.wholeText().split("\n")) {
      appendBlock(text, line);
    }
  }

  private static @Nullable LocalDate date(Document doc) {
    List<String> candidates = new ArrayList<>();
    for (Element meta : doc.select(DATE_META)) {
      candidates.add(meta.attr("content"));
    }
    Element time = doc.selectFirst("time[datetime], founder-date, .date, .pubtime, #pubtime, .time");
    if (time != null) {
      candidates.add(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
    }
    for (String candidate : candidates) {
      Matcher m = DATE.matcher(candidate);
      if (m.find()) {
        try {
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException notADate) {
          // keep looking
        }
      }
    }
    return null;
  }

  private static String firstText(Element root, String selector) {
    Element found = root.selectFirst(selector);
    return found == null ? "" : found.text().strip();
  }

  private static void appendBlock(StringBuilder text, String block) {
    String trimmed = block.replace('\u00A0', ' ').strip();
    if (trimmed.length() >= MIN_PARAGRAPH_CHARS || !trimmed.isEmpty() && !text.isEmpty()) {
      text.append(trimmed).append("\n\n");
    }
  }
}
