package gongbao.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The publication date an article page states: in its metadata (metatags, linked data, the timestamp of a WeChat
 * article), else in the lines between its headline and its text
 * (the info line {@code 2019-09-07 10:23 来源：…}), else where the page labels it ({@code 发布日期：…}), else in an element
 * named for a date. Dates elsewhere on the page (today's date in a site's top bar, dates of related stories, a
 * copyright year) are not read.
 */
final class PublicationDate {

  private static final String META =
      "meta[name=publishdate], meta[name=PubDate], meta[name=pubdate], meta[name=publish_time], "
          + "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=og:time], "
          + "meta[property=og:release_date], meta[name=apub:time], meta[name=firstpublishedtime], "
          + "meta[itemprop=dateUpdate]";
  private static final Evaluator ELEMENTS =
      QueryParser.parse("time[datetime], founder-date, .date, .pubtime, #pubtime, .time, .pub_time");
  /** A date the page labels as its publication's, wherever it stands: {@code 发布日期：2019-03-06}. */
  private static final Pattern LABELLED = Pattern.compile(
      "(?:发布(?:日期|时间)|发表(?:日期|时间|于)|出版日期|刊发日期)\\s*[：:]?\\s*((?:19|20)\\d\\d[-年/.]\\d{1,2}[-月/.]\\d{1,2})");
  /** The publication date in a page's linked data ({@code <script type="application/ld+json">}). */
  private static final Pattern LINKED_DATA = Pattern.compile("\"(?:datePublished|pubDate)\"\\s*:\\s*\"([^\"]{8,40})\"");
  /** A WeChat article's creation time in its script, in seconds since 1970: {@code var ct = "1581517074"}. */
  private static final Pattern WECHAT_TIME = Pattern.compile("\\bvar\\s+ct\\s*=\\s*\"(\\d{9,11})\"");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Pattern DATE = Pattern.compile("((?:19|20)\\d\\d)[-年/.](\\d{1,2})[-月/.](\\d{1,2})(?!\\d)");

  private PublicationDate() {}

  /** The dates a page's metadata, its date elements and its first labelled date state, as written. */
  record Stated(List<String> metadata, List<String> elements, @Nullable String labelled) {}

  /** Read before the page's furniture is removed: some sites keep the date in an element those rules drop. */
  static Stated stated(Document doc) {
    List<String> metadata = new ArrayList<>();
    for (Element meta : doc.select(META)) {
      metadata.add(meta.attr("content"));
    }
    for (Element linked : doc.select("script[type=application/ld+json]")) {
      Matcher date = LINKED_DATA.matcher(linked.data());
      if (date.find()) {
        metadata.add(date.group(1));
      }
    }
    if (doc.selectFirst("#js_content") != null) {
      metadata.addAll(wechatTime(doc));
    }
    List<String> elements = new ArrayList<>();
    for (SmallElements.Item item : SmallElements.before(doc, ELEMENTS, null)) {
      Element element = item.element();
      elements.add(element.hasAttr("datetime") ? element.attr("datetime") : item.text());
    }
    Matcher labelled = LABELLED.matcher(doc.text());
    return new Stated(metadata, elements, labelled.find() ? labelled.group(1) : null);
  }

  /** The day (in China) of a WeChat article's creation time, if its scripts give it. */
  private static List<String> wechatTime(Document doc) {
    for (Element script : doc.select("script")) {
      Matcher time = WECHAT_TIME.matcher(script.data());
      if (time.find()) {
        return List.of(Instant.ofEpochSecond(Long.parseLong(time.group(1))).atZone(CHINA).toLocalDate().toString());
      }
    }
    return List.of();
  }

  /**
   * The first date of the metadata, else of the header's lines, else a labelled one, else of the date elements; null
   * if none states one.
   */
  static @Nullable LocalDate find(Stated stated, String header) {
    List<String> candidates = new ArrayList<>(stated.metadata());
    candidates.add(header);
    if (stated.labelled() != null) {
      candidates.add(stated.labelled());
    }
    candidates.addAll(stated.elements());
    for (String candidate : candidates) {
      LocalDate date = firstDate(candidate);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static @Nullable LocalDate firstDate(String text) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException notADate) {
        // keep looking
      }
    }
    return null;
  }
}
