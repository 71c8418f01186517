package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.Article;
import gongbao.search.api.Suggestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggesterTest {

  @TempDir static Path indexDir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    List<Article> articles = new ArrayList<>();
    // one story printed on twelve pages under its title, more than a page of suggestions' worth of documents
    for (int i = 1; i <= 12; i++) {
      articles.add(article(i, "劳模进车间"));
    }
    articles.add(article(20, "劳模宣讲团走进工地"));
    articles.add(article(21, "劳模宣讲团走进工地"));
    articles.add(article(22, "劳模工作室挂牌"));
    articles.add(article(23, "工匠学院开学"));
    // one page ingested three times: its earlier articles are replaced, and must not be counted
    articles.add(article(30, "劳模书屋开放"));
    articles.add(article(30, "劳模书屋开放"));
    articles.add(article(30, "劳模书屋开放"));
    TestArticles.index(indexDir, articles);
    searcher = Searcher.open(indexDir);
  }

  private static Article article(int page, String title) {
    return TestArticles.article(String.format("grrb:2024-05-01:%02d:1", page), "grrb", "2024-05-01", title,
        List.of(), "本报讯 " + title + "。");
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<Suggestion> titles(String prefix, int max) throws Exception {
    return searcher.suggest(prefix, max).stream().filter(s -> s.type().equals("title")).toList();
  }

  @Test
  void a_title_is_suggested_once_with_the_number_of_articles_that_carry_it() throws Exception {
    assertEquals(List.of(
            new Suggestion("劳模进车间", "title", 12),
            new Suggestion("劳模宣讲团走进工地", "title", 2),
            new Suggestion("劳模书屋开放", "title", 1),
            new Suggestion("劳模工作室挂牌", "title", 1)),
        titles("劳模", 10));
  }

  @Test
  void the_titles_most_articles_carry_come_first_when_there_are_more_than_wanted() throws Exception {
    assertEquals(List.of(new Suggestion("劳模进车间", "title", 12), new Suggestion("劳模宣讲团走进工地", "title", 2)),
        titles("劳模", 2));
    assertEquals(List.of(new Suggestion("工匠学院开学", "title", 1)), titles("工匠", 10));
    assertEquals(List.of(), titles("职工", 10));
  }
}
