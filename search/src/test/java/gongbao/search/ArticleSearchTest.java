package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.Article;
import gongbao.search.api.SearchResponse;
import gongbao.search.query.QueryParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearchTest {

  @Test
  void a_ranked_page_of_one_word_counts_the_hits_ranking_skipped(@TempDir Path dir) throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) { // enough hits for ranking to skip blocks that cannot make the page
      String word = i % 250 == 0 ? "驿站驿站驿站驿站" : "驿站";
      articles.add(TestArticles.article(String.format("grrb:2024-01-01:%04d:1", i), "grrb", "2024-01-01",
          "第" + i + "期", List.of(), "本报讯 职工在" + word + "休息，" + "工会".repeat(1 + i % 7) + "送来清凉。"));
    }
    TestArticles.index(dir, articles);
    try (Searcher searcher = Searcher.open(dir)) {
      SearchResponse page = searcher.search(new SearchRequest("驿站", Filters.NONE, SortOrder.RELEVANCE, 1, 5, null));
      assertEquals(3_000, page.total());
      assertEquals(3_000, page.facets().get("paper").get(0).count());
      assertEquals("grrb:2024-01-01:0000:1", page.hits().get(0).id(), "the highest score, ties by id");
    }
  }

  @Test
  void one_word_or_phrase_with_its_exclusions_is_one_clause() {
    for (String query : List.of("工会", "\"脱贫攻坚\"", "title:疫情", "经济 -疫情", "经济 -疫情 -防控")) {
      assertTrue(ArticleSearch.isOneClause(QueryParser.parse(query)), query);
    }
  }

  @Test
  void several_words_alternatives_and_a_blank_query_are_not() {
    for (String query : List.of("疫情 防控", "工会 OR 职工", "经济 增长 -疫情", "title:(疫情 防控)")) {
      assertFalse(ArticleSearch.isOneClause(QueryParser.parse(query)), query);
    }
    assertFalse(ArticleSearch.isOneClause(null));
  }
}
