package gongbao.search;

import static gongbao.search.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.search.query.LuceneQueryBuilder;
import gongbao.search.query.QueryParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries at the parser's limits ask Lucene for more terms than its default limit, and must still be answered. */
class QueryLimitsTest {

  private static final String PROSE = "本报讯入夏以来市总工会在工会驿站为外卖骑手送上清凉劳模工匠走进校园讲述奋斗故事"
      + "新建的职工书屋向全体职工开放书架上有劳模事迹读本陈家桥街道一小区旁的厂区举行技能大赛";

  @TempDir static Path indexDir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    TestArticles.index(indexDir, List.of(
        article("grrb:2024-05-01:01:1", "grrb", "2024-05-01", "工会驿站为骑手送清凉", List.of("张楠"), PROSE)));
    searcher = Searcher.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void sixty_four_words_of_prose_within_the_character_limit_are_answered() throws Exception {
    List<String> words = new ArrayList<>();
    for (int i = 0; words.size() < QueryParser.MAX_CLAUSES; i = (i + 14) % (PROSE.length() - 14)) {
      words.add(PROSE.substring(i, i + 14));
    }
    String query = String.join(" ", words);
    assertTrue(query.length() <= QueryParser.MAX_QUERY_CHARS, query.length() + " characters");
    assertTrue(terms(query) > 1024, terms(query) + " terms: not past Lucene's default limit");

    assertEquals(1, searcher.search(SearchRequest.of(query)).total());
  }

  /** The terms of the query as Lucene counts them against its limit: every leaf query and term consumer. */
  private static int terms(String query) {
    Query built = new LuceneQueryBuilder().build(QueryParser.parse(query));
    int[] count = {0};
    built.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        count[0]++;
      }

      @Override
      public void visitLeaf(Query query) {
        count[0]++;
      }
    });
    return count[0];
  }
}
