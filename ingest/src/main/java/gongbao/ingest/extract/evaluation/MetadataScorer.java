package gongbao.ingest.extract.evaluation;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.extract.MetadataExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs the extraction over gold articles and counts, per field, what matches the gold. */
public final class MetadataScorer {

  /** What one article got wrong in one field. */
  public record Difference(String title, String field, Set<String> missed, Set<String> extra) {}

  /** The scores per field (regions, about, unions, topics, persons) and every difference. */
  public record Result(Map<String, FieldScore> scores, List<Difference> differences) {}

  private final MetadataExtractor extractor;

  public MetadataScorer(MetadataExtractor extractor) {
    this.extractor = extractor;
  }

  public Result score(List<GoldArticle> gold) {
    Map<String, FieldScore> scores = new LinkedHashMap<>();
    for (String field : List.of("regions", "about", "unions", "topics", "persons")) {
      scores.put(field, new FieldScore(field, 0, 0, 0));
    }
    List<Difference> differences = new ArrayList<>();
    ArticleSegmenter segmenter = new ArticleSegmenter();
    for (GoldArticle entry : gold) {
      Article article = extractor.extract(entry.article(), segmenter.segment(entry.article()), entry.paperRegion());
      Set<String> regions = new HashSet<>();
      for (RegionMention region : article.regions()) {
        regions.add(region.role().id() + ":" + region.code());
      }
      compare(entry, "regions", regions, entry.regions(), scores, differences);
      compare(entry, "about", onlyAbout(regions), onlyAbout(entry.regions()), scores, differences);
      compare(entry, "unions", names(article.unions()), entry.unions(), scores, differences);
      compare(entry, "topics", ids(article.topics()), entry.topics(), scores, differences);
      compare(entry, "persons", new HashSet<>(article.persons()), entry.persons(), scores, differences);
    }
    return new Result(scores, differences);
  }

  private static void compare(GoldArticle entry, String field, Set<String> extracted, Set<String> gold,
      Map<String, FieldScore> scores, List<Difference> differences) {
    Set<String> matched = new HashSet<>(extracted);
    matched.retainAll(gold);
    scores.put(field, scores.get(field).add(matched.size(), extracted.size(), gold.size()));
    Set<String> missed = new TreeSet<>(gold);
    missed.removeAll(extracted);
    Set<String> extra = new TreeSet<>(extracted);
    extra.removeAll(gold);
    if (!missed.isEmpty() || !extra.isEmpty()) {
      differences.add(new Difference(entry.article().title(), field, missed, extra));
    }
  }

  private static Set<String> onlyAbout(Set<String> regions) {
    Set<String> about = new HashSet<>();
    for (String region : regions) {
      if (region.startsWith("about:")) {
        about.add(region);
      }
    }
    return about;
  }

  private static Set<String> names(List<UnionMention> unions) {
    Set<String> names = new HashSet<>();
    unions.forEach(union -> names.add(union.name()));
    return names;
  }

  private static Set<String> ids(List<TopicScore> topics) {
    Set<String> ids = new HashSet<>();
    topics.forEach(topic -> ids.add(topic.id()));
    return ids;
  }
}
