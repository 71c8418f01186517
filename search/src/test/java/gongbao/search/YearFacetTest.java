package gongbao.search;

import static gongbao.search.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.Article;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.FacetValue;
import gongbao.search.api.SearchResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year facet of an archive of more years than the other facets list values. */
class YearFacetTest {

  private static final int FIRST_YEAR = 1995;
  private static final int YEARS = FacetReader.MAX_VALUES + 5;

  @TempDir static Path indexDir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
      // the quietest year is the first: one article; the others two
      for (int n = 1; n <= (year == FIRST_YEAR ? 1 : 2); n++) {
        String date = year + "-03-0" + n;
        articles.add(article("grrb:" + date + ":01:1", "grrb", date, "劳模座谈会", List.of(), "本报讯 劳模座谈会召开。"));
      }
    }
    TestArticles.index(indexDir, articles);
    searcher = Searcher.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void every_year_of_the_hits_is_listed_newest_first() throws Exception {
    List<String> years = years(searcher.search(SearchRequest.of("劳模")));
    assertEquals(YEARS, years.size());
    assertEquals(String.valueOf(FIRST_YEAR + YEARS - 1), years.get(0));
    assertEquals(String.valueOf(FIRST_YEAR), years.get(YEARS - 1));
  }

  private static List<String> years(SearchResponse response) {
    return response.facets().get(IndexSchema.FACET_YEAR).stream().map(FacetValue::value).toList();
  }
}
