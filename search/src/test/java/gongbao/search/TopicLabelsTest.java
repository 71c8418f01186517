package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.TopicScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicLabelsTest {

  @TempDir Path indexDir;

  @Test
  void a_topic_id_is_labelled_from_an_article_that_carries_it_and_unknown_ids_are_left_out() throws Exception {
    var skills = new TopicScore("skills", "技能提升", 1.0, List.of("技能"));
    var posts = new TopicScore("service-posts", "服务阵地", 0.5, List.of("驿站"));
    TestArticles.index(indexDir, List.of(
        TestArticles.article("grrb:2024-01-02:01:1", "grrb", "2024-01-02", "技能比武", List.of(), "职工技能比武。")
            .withMetadata(List.of(), List.of(), List.of(skills, posts), List.of(), List.of(), null, null)));
    try (Searcher searcher = Searcher.open(indexDir)) {
      assertEquals(Map.of("skills", "技能提升", "service-posts", "服务阵地"),
          searcher.topicLabels(List.of("skills", "service-posts", "no-such-topic")));
    }
  }
}
