package gongbao.ingest.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
         {"id": "models", "label": "劳模工匠", "definition": "劳模", "terms": {"劳模": 1, "劳模工匠": 2}}
       ]}
      """;

  private static TopicClassifier classifier(Path folder) throws IOException {
    Path file = folder.resolve("topics.json");
    Files.writeString(file, TAXONOMY);
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
}
