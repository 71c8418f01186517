package gongbao.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.index.CorpusIngester;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageExtractionTest {

  @Test
  void every_article_of_an_ingested_page_carries_its_metadata_and_a_cluster() throws Exception {
    List<Article> articles =
        new CorpusIngester().extract(Path.of("../corpus/zjgrb/2024-05-06/02.txt"));
    assertTrue(articles.size() >= 4);
    for (Article article : articles) {
      assertNotNull(article.cluster());
      assertTrue(article.regions().contains(new RegionMention("330000", "浙江省", RegionMention.Role.PUBLISHED)));
      assertEquals(article, ArticleJson.read(ArticleJson.write(article)));
    }
    assertTrue(articles.stream().flatMap(a -> a.unions().stream())
        .anyMatch(union -> union.name().equals("衢州市柯城区总工会")));
  }
}
