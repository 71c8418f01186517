package gongbao.ingest.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article cut from a page: the data model of DESIGN §4, and the JSON of {@code gongbao extract}
 * and of the API. Immutable; lists are copied.
 *
 * @param id stable identity {@code paper/date/page/ordinal}; re-ingesting the same page replaces it
 * @param date the issue date; inferred from the text when {@code dateInferred}
 * @param readingTip the text of the article's reading-tip boxes ({@code 阅读提示}, {@code 核心阅读}), without
 *     their labels; one box a line, so that two boxes do not read as one run of text
 */
public record Article(
    String id,
    String paper,
    @Nullable LocalDate date,
    boolean dateInferred,
    @Nullable String page,
    @Nullable String pageName,
    @Nullable String column,
    ArticleKind kind,
    @Nullable String kicker,
    String title,
    @Nullable String subtitle,
    Byline byline,
    @Nullable String dateline,
    List<Paragraph> paragraphs,
    List<String> captions,
    @Nullable String readingTip,
    boolean truncated,
    List<RegionMention> regions,
    List<UnionMention> unions,
    List<TopicScore> topics,
    List<String> persons,
    List<String> keywords,
    @Nullable String summary,
    @Nullable String cluster,
    Source source) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(source, "source");
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    regions = List.copyOf(regions);
    unions = List.copyOf(unions);
    topics = List.copyOf(topics);
    persons = List.copyOf(persons);
    keywords = List.copyOf(keywords);
  }

  /** Kicker, title and subtitle, one a line: the searchable headline. */
  public String headlineText() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {kicker, title, subtitle}) {
      if (part != null && !part.isBlank()) {
        text.append(part).append('\n');
      }
    }
    return text.toString();
  }

  /** The body followed by captions and the reading tip, one a line: the searchable body. */
  public String searchableText() {
    StringBuilder text = new StringBuilder(bodyText());
    for (String caption : captions) {
      appendLine(text, caption);
    }
    if (readingTip != null) {
      appendLine(text, readingTip);
    }
    return text.toString();
  }

  /** A line after the text so far, on a line of its own unless it is the first. */
  private static void appendLine(StringBuilder text, String line) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    text.append(line);
  }

  /** The body as plain text, one paragraph a line. */
  public String bodyText() {
    StringBuilder text = new StringBuilder();
    for (Paragraph paragraph : paragraphs) {
      appendLine(text, paragraph.text());
    }
    return text.toString();
  }

  /** A copy with the extracted metadata replaced. */
  public Article withMetadata(
      List<RegionMention> regions,
      List<UnionMention> unions,
      List<TopicScore> topics,
      List<String> persons,
      List<String> keywords,
      @Nullable String summary,
      @Nullable String cluster) {
    return new Article(
        id, paper, date, dateInferred, page, pageName, column, kind, kicker, title, subtitle,
        byline, dateline, paragraphs, captions, readingTip, truncated, regions, unions, topics,
        persons, keywords, summary, cluster, source);
  }

  /** A copy with the source replaced. */
  public Article withSource(Source source) {
    return new Article(
        id, paper, date, dateInferred, page, pageName, column, kind, kicker, title, subtitle,
        byline, dateline, paragraphs, captions, readingTip, truncated, regions, unions, topics,
        persons, keywords, summary, cluster, source);
  }
}
