package gongbao.ingest.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gongbao.ingest.article.TopicScore;
import gongbao.ingest.extract.ExtractionConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicClassifierTest {

  private static final String TAXONOMY = """
      {"minScore": 2, "relativeScore": 0.3, "headingWeight": 3, "maxCountPerTerm": 2,
       "topics": [
         {"id": "safety", "label": "安全生产", "definition": "安全", "terms": {"安全生产": 2, "事故": 1}},
         {"id": "models", "label": "劳模工匠", "definition": "劳模", "terms": {"劳模": 1, "劳模工匠": 2}},
         {"id": "skills", "label": "技能提升", "definition": "技能", "terms": {"工匠学院": 2, "技能": 1}},
         {"id": "reading", "label": "读书", "definition": "读书", "terms": {"阅读": 2, "核心阅读": 0}}
       ]}
      """;

  private static TopicClassifier classifier(Path folder) throws IOException {
    return classifier(folder, TAXONOMY);
  }

  private static TopicClassifier classifier(Path folder, String taxonomy) throws IOException {
    Path file = folder.resolve("topics.json");
    Files.writeString(file, taxonomy);
    return new TopicClassifier(TopicTaxonomy.load(file));
  }

  @Test
  void a_taxonomy_given_by_path_replaces_the_built_in_one(@TempDir Path folder) throws IOException {
    List<TopicScore> topics = classifier(folder).classify("", "开展安全生产检查,杜绝事故。");
    assertEquals(List.of(new TopicScore("safety", "安全生产", 3.0, List.of("安全生产", "事故"))), topics);
  }

  @Test
  void heading_evidence_weighs_more_than_body_evidence(@TempDir Path folder) throws IOException {
    assertEquals(6.0, classifier(folder).classify("安全生产月", "").get(0).score());
    assertEquals(2.0, classifier(folder).classify("", "安全生产月").get(0).score());
  }

  @Test
  void a_term_inside_a_longer_term_is_not_counted_twice(@TempDir Path folder) throws IOException {
    TopicScore models = classifier(folder).classify("", "劳模工匠进企业").get(0);
    assertEquals(2.0, models.score());
    assertEquals(List.of("劳模工匠"), models.evidence());
  }

  @Test
  void a_secondary_theme_needs_a_share_of_the_best_unless_the_headline_names_it(@TempDir Path folder)
      throws IOException {
    List<TopicScore> bodyOnly = classifier(folder).classify("劳模工匠谈心", "劳模工匠,劳模工匠,劳模,劳模,事故,事故,事故");
    assertEquals(List.of("models"), bodyOnly.stream().map(TopicScore::id).toList());
    List<TopicScore> inHeadline = classifier(folder).classify("劳模工匠谈事故", "劳模工匠,劳模工匠,劳模,劳模");
    assertEquals(List.of("models", "safety"), inHeadline.stream().map(TopicScore::id).toList());
  }

  @Test
  void a_term_inside_a_longer_term_of_another_theme_is_not_counted(@TempDir Path folder) throws IOException {
    List<TopicScore> topics = classifier(folder).classify("", "工匠学院开班,工匠学院授课。");
    assertEquals(List.of(new TopicScore("skills", "技能提升", 4.0, List.of("工匠学院"))), topics);
  }

  @Test
  void overlapping_terms_of_equal_length_count_the_leftmost(@TempDir Path folder) throws IOException {
    TopicScore models = classifier(folder).classify("", "劳模工匠学院").get(0);
    assertEquals(new TopicScore("models", "劳模工匠", 2.0, List.of("劳模工匠")), models);
  }

  @Test
  void a_term_of_weight_zero_takes_its_text_away_from_shorter_terms(@TempDir Path folder) throws IOException {
    assertEquals(List.of(), classifier(folder).classify("", "核心阅读:职工书屋"));
    assertEquals("reading", classifier(folder).classify("", "职工阅读").get(0).id());
  }

  @Test
  void an_article_naming_no_context_term_gets_no_theme(@TempDir Path folder) throws IOException {
    TopicClassifier classifier = classifier(folder,
        TAXONOMY.replace("\"minScore\"", "\"contextTerms\": [\"职工\", \"工会\"], \"minScore\""));
    assertEquals(List.of(), classifier.classify("国防预算", "开展安全生产检查。"));
    assertEquals("safety", classifier.classify("", "职工开展安全生产检查。").get(0).id());
    assertEquals("safety", classifier.classify("工会", "开展安全生产检查。").get(0).id());
  }

  @Test
  void body_occurrences_are_capped_per_term(@TempDir Path folder) throws IOException {
    assertEquals(4.0, classifier(folder).classify("", "安全生产,安全生产,安全生产,安全生产").get(0).score());
  }

  @Test
  void several_themes_are_given_best_first(@TempDir Path folder) throws IOException {
    List<TopicScore> topics = classifier(folder).classify("劳模工匠讲安全", "安全生产,事故。");
    assertEquals(List.of("models", "safety"), topics.stream().map(TopicScore::id).toList());
  }

  @Test
  void a_malformed_taxonomy_stops_with_a_clear_message(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, "{\"topics\": []}");
    assertThrows(ExtractionConfigException.class, () -> TopicTaxonomy.load(file));
  }

  @Test
  void the_built_in_taxonomy_has_the_fifteen_themes_of_the_design() {
    TopicTaxonomy taxonomy = TopicTaxonomy.builtIn();
    assertEquals(15, taxonomy.topics().size());
    List<TopicScore> topics = new TopicClassifier(taxonomy).classify("工会驿站为骑手服务", "外卖骑手在驿站歇脚。");
    assertEquals(List.of("new-forms-of-employment", "service-points"), topics.stream().map(TopicScore::id).toList());
  }

  @Test
  void new_forms_of_employment_is_not_evidence_of_employment_services() {
    List<TopicScore> topics = new TopicClassifier(TopicTaxonomy.builtIn())
        .classify("新就业形态劳动者之家揭牌", "工会为新就业形态劳动者建家,新就业形态劳动者纷纷点赞。");
    assertEquals("new-forms-of-employment", topics.get(0).id());
    assertFalse(topics.stream().anyMatch(topic -> topic.id().equals("employment-services")), topics.toString());
  }

  @Test
  void a_story_without_workers_or_unions_gets_no_theme_from_the_built_in_taxonomy() {
    assertEquals(List.of(), new TopicClassifier(TopicTaxonomy.builtIn())
        .classify("国防支出预算保持适度稳定增长", "今年国防支出预算增长6.6%,经费主要用于装备建设。"));
  }
}
