package gongbao.ingest.extract.evaluation;

import gongbao.ingest.article.Article;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One article of the gold file, rebuilt from its page, with the metadata a reader gave it.
 *
 * @param regions role:code pairs ({@code about:330282}, {@code published:330000})
 */
public record GoldArticle(
    Article article,
    @Nullable String paperRegion,
    Set<String> regions,
    Set<String> unions,
    Set<String> topics,
    Set<String> persons) {

  public GoldArticle {
    regions = Set.copyOf(regions);
    unions = Set.copyOf(unions);
    topics = Set.copyOf(topics);
    persons = Set.copyOf(persons);
  }
}
