package gongbao.ingest.html;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds an ordinary news page's headline. The page's {@code <title>} names the article but usually adds the site
 * ({@code …_网易订阅}, {@code …-新华网}), and the page has headings that are not the article's (the logo, a sidebar's
 * {@code h2}). So the headline is, in this order: the element of a known headline class; the longest heading ({@code
 * h1}–{@code h3}, or an element named for a title) that the {@code <title>} or {@code og:title} also gives; an {@code
 * h1} that the {@code <title>} gives the first words of; {@code og:title}; the longest {@code h1}; the {@code <title>}
 * with the site's name cut off, unless a longer heading stands above the text ({@link #aboveBody}). A site's title
 * elements count as headings: not every layout uses {@code h1}.
 */
final class NewsHeadline {

  /** The headline's text and the element that shows it (null when it came from the head's metadata). */
  record Found(@Nullable String text, @Nullable Element element) {}

  private static final String KNOWN =
      "h1.main-title, h1.title, .article-title h1, h1#title, .rm_txt h1, .article h1, #artical_topic, "
          + "#activity-name, .rich_media_title";
  /** Headings, and elements a site names for a title (its page layout may not use headings). */
  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, [class*=title], [id*=title]");
  /** Headings of every level, for a page whose headline no other rule finds. */
  private static final Evaluator ANY_HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6, [class*=title]");
  private static final int MIN_CHARS = 4;
  private static final Set<String> KICKER_CLASSES = Set.of("pre", "kicker", "yinti", "introtitle", "pretitle");
  private static final Set<String> SUBTITLE_CLASSES = Set.of("sub", "subtitle", "sub-title", "fbt", "fubiaoti");
  private static final int MAX_BESIDE_CHARS = 60;
  static final int MAX_CHARS = 120;
  /**
   * A site's or channel's name after a separator at a title's end: {@code _网易订阅}, {@code -新华网}, {@code |游民星空},
   * and after a double underscore also a name that opens with a number ({@code __2007年第23号国务院公报}).
   */
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("\\s*(?:_{2,}\\s*[^_|｜]{1,16}|(?:_|\\||｜|-{1,2})\\s*[^_|｜\\d][^_|｜]{0,15})$");

  private NewsHeadline() {}

  static Found find(Document doc) {
    Element known = doc.selectFirst(KNOWN);
    if (known != null && fits(known.text())) {
      return new Found(known.text().strip(), known);
    }
    String pageTitle = HtmlLines.squeezed(doc.title());
    String shortened = HtmlLines.squeezed(withoutSiteName(doc.title()));
    String siteName = pageTitle.substring(shortened.length());
    String titles = pageTitle + "\n" + HtmlLines.squeezed(metaTitle(doc));
    List<SmallElements.Item> headings = SmallElements.before(doc, HEADINGS, null);
    SmallElements.Item best = null;
    int bestLength = 0;
    for (SmallElements.Item heading : headings) {
      String text = HtmlLines.squeezed(heading.text());
      boolean named = titles.contains(text) && !siteName.contains(text); // not the logo
      if (fits(heading.text()) && named && text.length() > bestLength) {
        best = heading;
        bestLength = text.length();
      }
    }
    if (best != null) {
      return new Found(best.text().strip(), best.element());
    }
    SmallElements.Item longest = null;
    for (SmallElements.Item h1 : headings) {
      if (!h1.element().normalName().equals("h1") || !fits(h1.text())) {
        continue;
      }
      if (shortened.length() >= MIN_CHARS && HtmlLines.squeezed(h1.text()).startsWith(shortened)) {
        return new Found(h1.text().strip(), h1.element()); // the page's title gives only the headline's first words
      }
      if (longest == null || h1.text().length() > longest.text().length()) {
        longest = h1;
      }
    }
    String meta = metaTitle(doc).strip();
    if (fits(meta)) {
      return new Found(withoutSiteName(meta), null);
    }
    if (longest != null) {
      return new Found(longest.text().strip(), longest.element());
    }
    String title = doc.title().strip();
    return new Found(fits(title) ? withoutSiteName(title) : null, null);
  }

  /**
   * The headline when no heading gave it and the page's title gave only a section's name: the last heading above the
   * body, longer than what the title gave and not holding it ({@code <title>新闻动态--…</title>} over {@code <h5>2019年…
   * 年会…举行！</h5>}). A heading that holds the title's text adds only a label ({@code 原创}); one that links is a menu.
   */
  static Found aboveBody(Document doc, Found found, Element body) {
    if (found.element() != null) {
      return found;
    }
    SmallElements.Item last = null;
    for (SmallElements.Item heading : SmallElements.before(doc, ANY_HEADING, body)) {
      if (fits(heading.text()) && !heading.linked()) {
        last = heading;
      }
    }
    String given = found.text() == null ? "" : HtmlLines.squeezed(found.text());
    String heading = last == null ? "" : HtmlLines.squeezed(last.text());
    return heading.length() > given.length() && !heading.contains(given)
        ? new Found(last.text().strip(), last.element()) : found;
  }

  /**
   * The kicker ({@code before}) or the subtitle printed right beside the headline element, when the site names that
   * element for one ({@code h3.pre} and {@code h4.sub} of people.com.cn, {@code .subtitle}); null if there is none.
   */
  static @Nullable String beside(@Nullable Element title, boolean before) {
    Element neighbour = title == null ? null : before ? title.previousElementSibling() : title.nextElementSibling();
    if (neighbour == null) {
      return null;
    }
    Set<String> names = neighbour.classNames();
    boolean named = (before ? KICKER_CLASSES : SUBTITLE_CLASSES).stream().anyMatch(names::contains);
    String text = neighbour.text().strip();
    return named && !text.isEmpty() && text.length() <= MAX_BESIDE_CHARS ? text : null;
  }

  /** The title without the site's or channel's names its end adds ({@code X_网易订阅} → {@code X}). */
  static String withoutSiteName(String title) {
    String rest = title.strip();
    while (true) {
      Matcher suffix = SITE_SUFFIX.matcher(rest);
      if (!suffix.find() || suffix.start() < MIN_CHARS) {
        return rest;
      }
      rest = rest.substring(0, suffix.start()).strip();
    }
  }

  private static String metaTitle(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title]");
    return og == null ? "" : og.attr("content");
  }

  private static boolean fits(String text) {
    int chars = text.strip().length();
    return chars >= MIN_CHARS && chars <= MAX_CHARS;
  }

}
