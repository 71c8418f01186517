package gongbao.search.api;

import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result: the article's headline group, where it appeared, its metadata, a marked snippet
 * (HTML-escaped, {@code <mark>} around matches) and how many printings of the story the index holds.
 */
public record SearchHit(
    String id,
    @Nullable String kicker,
    String title,
    @Nullable String subtitle,
    String paper,
    String paperName,
    @Nullable LocalDate date,
    boolean dateInferred,
    @Nullable String page,
    String kind,
    List<String> byline,
    List<RegionMention> regions,
    List<UnionMention> unions,
    List<TopicScore> topics,
    String snippet,
    int clusterSize) {

  public SearchHit {
    byline = List.copyOf(byline);
    regions = List.copyOf(regions);
    unions = List.copyOf(unions);
    topics = List.copyOf(topics);
  }
}
