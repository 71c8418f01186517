package gongbao.search;

import static gongbao.search.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.search.api.IndexStats;
import gongbao.search.api.SearchHit;
import gongbao.search.api.SearchResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {

  @TempDir static Path indexDir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    TestArticles.index(
        indexDir,
        List.of(
            article("grrb:2024-05-01:01:1", "grrb", "2024-05-01", "工会驿站为骑手送清凉", List.of("张楠"),
                "本报讯 入夏以来,市总工会在工会驿站为外卖骑手送上清凉。"),
            article("grrb:2024-05-02:01:1", "grrb", "2024-05-02", "劳模工匠进校园", List.of("吴晓静"),
                "本报讯 劳模工匠走进校园,讲述奋斗故事。", "学生们听得入神。"),
            article("zjgrb:2023-01-09:01:1", "zjgrb", "2023-01-09", "职工书屋开放", List.of(),
                "本报讯 新建的职工书屋向全体职工开放,书架上有劳模事迹读本。"),
            article("zjgrb:2024-06-01:01:1", "zjgrb", "2024-06-01", "技能大赛举行", List.of(),
                "本报讯 陈家桥街道一小区旁的厂区举行技能大赛。")));
    searcher = Searcher.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<String> ids(String query) throws Exception {
    return searcher.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void finds_an_article_by_a_word_of_its_body() throws Exception {
    assertEquals(List.of("grrb:2024-05-01:01:1"), ids("骑手"));
  }

  @Test
  void ranks_a_title_match_above_a_body_match() throws Exception {
    assertEquals(List.of("grrb:2024-05-02:01:1", "zjgrb:2023-01-09:01:1"), ids("劳模"));
  }

  @Test
  void a_quoted_phrase_matches_across_word_boundaries_the_segmenter_drew() throws Exception {
    assertEquals(List.of("zjgrb:2024-06-01:01:1"), ids("\"街道一小区\""));
    assertEquals(List.of("zjgrb:2024-06-01:01:1"), ids("\"桥街道一\""));
  }

  @Test
  void a_single_character_phrase_matches() throws Exception {
    assertEquals(List.of("zjgrb:2024-06-01:01:1"), ids("\"赛\""));
  }

  @Test
  void excluded_words_remove_matches() throws Exception {
    assertEquals(List.of("grrb:2024-05-02:01:1"), ids("劳模 -书屋"));
  }

  @Test
  void or_combines_alternatives() throws Exception {
    assertEquals(2, ids("骑手 OR 技能").size());
  }

  @Test
  void title_field_looks_only_at_the_headline() throws Exception {
    assertEquals(List.of("grrb:2024-05-02:01:1"), ids("title:劳模"));
  }

  @Test
  void byline_and_paper_fields_match_exactly() throws Exception {
    assertEquals(List.of("grrb:2024-05-01:01:1"), ids("byline:张楠"));
    assertEquals(2, ids("本报讯 paper:zjgrb").size());
  }

  @Test
  void filters_by_paper_and_date_range() throws Exception {
    SearchResponse response =
        searcher.search(new SearchRequest("本报讯",
            new Filters(List.of(), List.of(), List.of(), List.of("zjgrb"), List.of(), List.of(), LocalDate.of(2024, 1, 1), null),
            SortOrder.RELEVANCE, 1, 10, null));
    assertEquals(List.of("zjgrb:2024-06-01:01:1"), response.hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void newest_first_sorts_by_date_and_pages_do_not_overlap() throws Exception {
    List<String> all = new java.util.ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      SearchResponse response =
          searcher.search(new SearchRequest("本报讯", Filters.NONE, SortOrder.NEWEST, page, 2, null));
      assertEquals(4, response.total());
      response.hits().forEach(h -> all.add(h.id()));
    }
    assertEquals(
        List.of("zjgrb:2024-06-01:01:1", "grrb:2024-05-02:01:1", "grrb:2024-05-01:01:1", "zjgrb:2023-01-09:01:1"),
        all);
  }

  @Test
  void hits_carry_the_paper_name_and_a_marked_snippet() throws Exception {
    SearchHit hit = searcher.search(SearchRequest.of("书屋")).hits().get(0);
    assertEquals("浙江工人日报", hit.paperName());
    assertTrue(hit.snippet().contains("<mark>书屋</mark>"), hit.snippet());
  }

  @Test
  void a_match_through_a_synonym_is_marked_and_given_its_keyword_in_context_line() throws Exception {
    SearchResponse response = searcher.search(SearchRequest.of("劳动模范"));
    assertEquals(2, response.total());
    response.hits().forEach(hit -> assertTrue(hit.snippet().contains("<mark>劳模</mark>"), hit.snippet()));
    var kwic = searcher.kwic("劳动模范", Filters.NONE, 10);
    assertEquals(List.of("劳模", "劳模", "劳模"), kwic.lines().stream().map(line -> line.match()).toList());
  }

  @Test
  void a_phrase_with_spaces_has_its_keyword_in_context_lines() throws Exception {
    var kwic = searcher.kwic("\"工会 驿站\"", Filters.NONE, 10);
    assertEquals(1, kwic.total());
    assertEquals(List.of("工会驿站", "工会驿站"), kwic.lines().stream().map(line -> line.match()).toList());
  }

  @Test
  void unknown_article_ids_raise_not_found() {
    assertThrows(ArticleNotFoundException.class, () -> searcher.article("nope"));
  }

  @Test
  void a_query_of_punctuation_only_is_a_bad_query() {
    assertThrows(gongbao.search.query.QuerySyntaxException.class, () -> searcher.search(SearchRequest.of("。,")));
  }

  @Test
  void stats_count_articles_pages_papers_and_dates() throws Exception {
    IndexStats stats = searcher.stats();
    assertEquals(4, stats.articles());
    assertEquals(4, stats.pages());
    assertEquals(
        List.of(new IndexStats.PaperCount("grrb", "工人日报", 2), new IndexStats.PaperCount("zjgrb", "浙江工人日报", 2)),
        stats.papers());
    assertEquals(LocalDate.of(2023, 1, 9), stats.firstDate());
    assertEquals(LocalDate.of(2024, 6, 1), stats.lastDate());
  }

  @Test
  void requests_out_of_range_are_refused() {
    assertThrows(BadRequestException.class, () -> new SearchRequest("x", Filters.NONE, SortOrder.RELEVANCE, 0, 10, null));
    assertThrows(BadRequestException.class, () -> new SearchRequest("x", Filters.NONE, SortOrder.RELEVANCE, 1, 101, null));
    assertThrows(BadRequestException.class, () -> new SearchRequest("x", Filters.NONE, SortOrder.RELEVANCE, 1001, 10, null));
    assertThrows(BadRequestException.class, () -> new SearchRequest("", Filters.NONE, SortOrder.RELEVANCE, 1, 10, null));
    assertThrows(BadRequestException.class,
        () -> new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
  }
}
