package gongbao.ingest.extract;

import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.extract.keyword.KeywordExtractor;
import gongbao.ingest.extract.keyword.LeadSummarizer;
import gongbao.ingest.extract.person.PersonExtractor;
import gongbao.ingest.extract.region.PlaceFinder;
import gongbao.ingest.extract.region.PlaceMatch;
import gongbao.ingest.extract.region.RegionGazetteer;
import gongbao.ingest.extract.region.RegionRoles;
import gongbao.ingest.extract.topic.TopicClassifier;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import gongbao.ingest.extract.union.UnionExtractor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fills an article's metadata (regions with roles, unions, topics, persons, keywords, summary) from the
 * tokens of one segmentation of it. Holds only immutable data: one instance serves every thread.
 * Contents boxes and adverts ({@code toc}) tell no story: they get their paper's region and the persons
 * they name (a contents line's authors, after ……, are staff).
 */
public final class MetadataExtractor {

  private static final int KEYWORDS = 8;
  private static final int SUMMARY_CHARS = 120;

  private final PlaceFinder places;
  private final RegionRoles roles;
  private final UnionExtractor unions;
  private final TopicClassifier topics;
  private final PersonExtractor persons;
  private final KeywordExtractor keywords = new KeywordExtractor(KEYWORDS);
  private final LeadSummarizer summarizer = new LeadSummarizer(SUMMARY_CHARS);

  public MetadataExtractor(RegionGazetteer gazetteer, TopicTaxonomy taxonomy) {
    this.places = new PlaceFinder(gazetteer);
    this.roles = new RegionRoles(gazetteer);
    this.unions = new UnionExtractor(gazetteer);
    this.topics = new TopicClassifier(taxonomy);
    this.persons = new PersonExtractor(gazetteer);
  }

  /** With the gazetteer and taxonomy shipped with the program. */
  public static MetadataExtractor builtIn() {
    return new MetadataExtractor(RegionGazetteer.builtIn(), TopicTaxonomy.builtIn());
  }

  /** The article with its metadata; its cluster is left as it was. */
  public Article extract(Article article, ArticleText text, @Nullable String paperRegion) {
    List<SegmentedText> texts = List.of(text.heading(), text.body());
    if (article.kind() == ArticleKind.TOC) {
      List<RegionMention> published = roles.regions(List.of(), List.of(), List.of(), "", paperRegion);
      return article.withMetadata(published, List.of(), List.of(), persons.persons(texts, article.byline().allNames()),
          List.of(), null, article.cluster());
    }
    List<String> people = persons.persons(texts, article.byline().allNames());
    List<List<PlaceMatch>> found =
        places.find(List.of(text.heading(), text.body(), text.dateline()), paperRegion, people);
    List<RegionMention> regions =
        roles.regions(found.get(0), found.get(1), found.get(2), text.body().text(), paperRegion);
    List<UnionMention> unionMentions = unions.unions(texts, found.subList(0, 2), paperRegion);
    List<TopicScore> topicScores = topics.classify(text.heading().text(), text.body().text());
    return article.withMetadata(regions, unionMentions, topicScores, people,
        keywords.keywords(text.heading(), text.body()),
        summarizer.summary(article.searchableText(), article.dateline()), article.cluster());
  }
}
