package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.page.Page;
import gongbao.ingest.page.Paper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

  @Test
  void an_article_of_one_paragraph_longer_than_twenty_million_characters_reads_back() {
    String line = "工".repeat(20_000_001) + "。";
    List<Article> articles = new ArticleSplitter()
        .split(new Page("fixture.txt", Paper.UNKNOWN, null, false, "fixture", "标题\n\n" + line));

    Article read = ArticleJson.read(ArticleJson.write(articles.get(0)));

    assertEquals(line.length(), read.paragraphs().get(0).text().length());
  }
}
