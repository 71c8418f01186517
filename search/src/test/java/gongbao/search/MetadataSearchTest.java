package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.RegionMention.Role;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.FacetValue;
import gongbao.search.api.KwicResponse;
import gongbao.search.api.RelatedResponse;
import gongbao.search.api.SearchHit;
import gongbao.search.api.SearchResponse;
import gongbao.search.api.Suggestion;
import gongbao.search.api.TrendResponse;
import gongbao.search.query.LuceneQueryBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets, filters, paging, trends, export, KWIC, suggestions and related articles on a generated
 * index whose metadata is known, so every count can be checked against a brute-force count.
 */
class MetadataSearchTest {

  private static final String[][] REGIONS = {
    {"330282", "浙江省/宁波市/慈溪市"}, {"330881", "浙江省/衢州市/江山市"}, {"320923", "江苏省/盐城市/阜宁县"}, {"540000", "西藏自治区"}
  };
  private static final String[] UNIONS = {"慈溪市总工会", "江山市总工会", "阜宁县总工会"};
  private static final String[] TOPICS = {"new-forms", "skills", "service-posts"};
  private static final String[] PAPERS = {"grrb", "zjgrb"};
  private static final int ARTICLES = 60;

  @TempDir static Path indexDir;
  static Searcher searcher;
  static List<Article> articles = new ArrayList<>();

  @BeforeAll
  static void buildIndex() throws Exception {
    Random random = new Random(20241122);
    for (int i = 0; i < ARTICLES; i++) {
      String[] region = REGIONS[random.nextInt(REGIONS.length)];
      String paper = PAPERS[random.nextInt(PAPERS.length)];
      String story = i % 10 == 0 ? "cluster-" + (i / 20) : null;
      LocalDate date = story != null
          ? LocalDate.of(2021, i % 20 == 0 ? 6 : 7, 1 + i / 20) // a story's reprint a month later
          : LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String id = String.format("%s:%s:%02d:1", paper, date, i);
      Article base = TestArticles.article(id, paper, date.toString(), "工会服务第" + i + "期", List.of(),
          "本报讯 职工服务站点第" + i + "号开放,骑手在驿站休息。", i % 3 == 0 ? "劳模工匠上门授课。" : "送清凉活动开展。");
      articles.add(base.withMetadata(
          List.of(new RegionMention(region[0], region[1], Role.ABOUT)),
          List.of(new UnionMention(UNIONS[i % UNIONS.length], "county", region[0])),
          List.of(new TopicScore(TOPICS[i % TOPICS.length], "主题", 1.0, List.of("驿站"))),
          List.of(i % 4 == 0 ? "张仕恒" : "钱海军"),
          List.of(), null, story));
    }
    TestArticles.index(indexDir, articles);
    searcher = Searcher.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static Filters regions(String... values) {
    return new Filters(List.of(values), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
  }

  private static SearchResponse search(String query, Filters filters) throws Exception {
    return searcher.search(new SearchRequest(query, filters, SortOrder.RELEVANCE, 1, 100, null));
  }

  private static long bruteForce(java.util.function.Predicate<Article> predicate) {
    return articles.stream().filter(predicate).count();
  }

  private static Map<String, Long> counts(List<FacetValue> values) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    values.forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  private static Map<String, Long> bruteForceCounts(List<Article> subset, Function<Article, String> key) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    subset.forEach(a -> counts.merge(key.apply(a), 1L, Long::sum));
    return counts;
  }

  @Test
  void flat_facet_counts_equal_a_brute_force_count() throws Exception {
    SearchResponse response = search("驿站", Filters.NONE);
    assertEquals(ARTICLES, response.total());
    assertEquals(bruteForceCounts(articles, Article::paper), counts(response.facets().get("paper")));
    assertEquals(bruteForceCounts(articles, a -> a.topics().get(0).id()), counts(response.facets().get("topic")));
    assertEquals(bruteForceCounts(articles, a -> a.unions().get(0).name()), counts(response.facets().get("union")));
    assertEquals(bruteForceCounts(articles, a -> String.valueOf(a.date().getYear())), counts(response.facets().get("year")));
    assertEquals(bruteForceCounts(articles, a -> a.persons().get(0)), counts(response.facets().get("person")));
  }

  @Test
  void a_small_page_of_a_ranked_search_still_counts_every_hit() throws Exception {
    for (String query : List.of("驿站", "驿站 -劳模", "驿站 骑手")) { // one clause (ranked in two passes), and two
      SearchResponse all = search(query, Filters.NONE);
      SearchResponse page = searcher.search(new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 2, 5, null));
      assertEquals(all.total(), page.total(), query);
      assertEquals(all.facets(), page.facets(), query);
      assertEquals(all.hits().subList(5, 10).stream().map(SearchHit::id).toList(),
          page.hits().stream().map(SearchHit::id).toList(), query);
    }
    assertEquals(bruteForce(a -> !a.searchableText().contains("劳模")), search("驿站 -劳模", Filters.NONE).total());
  }

  @Test
  void region_facet_is_a_tree_whose_counts_equal_a_brute_force_count() throws Exception {
    List<FacetValue> provinces = search("驿站", Filters.NONE).facets().get("region");
    assertEquals(bruteForceCounts(articles, a -> a.regions().get(0).path().split("/")[0]), counts(provinces));
    FacetValue zhejiang = provinces.stream().filter(p -> p.value().equals("浙江省")).findFirst().orElseThrow();
    assertEquals(
        bruteForceCounts(articles.stream().filter(a -> a.regions().get(0).path().startsWith("浙江省/")).toList(),
            a -> a.regions().get(0).path().split("/")[1]),
        counts(zhejiang.children()));
    FacetValue ningbo = zhejiang.children().stream().filter(c -> c.value().equals("宁波市")).findFirst().orElseThrow();
    assertEquals("慈溪市", ningbo.children().get(0).value());
  }

  @Test
  void a_region_filter_at_any_level_keeps_other_regions_counts_drill_sideways() throws Exception {
    SearchResponse zhejiang = search("驿站", regions("浙江省"));
    assertEquals(bruteForce(a -> a.regions().get(0).path().startsWith("浙江省")), zhejiang.total());
    assertEquals(search("驿站", Filters.NONE).facets().get("region").size(), zhejiang.facets().get("region").size(),
        "the other provinces still show");
    assertEquals(bruteForceCounts(
            articles.stream().filter(a -> a.regions().get(0).path().startsWith("浙江省")).toList(), Article::paper),
        counts(zhejiang.facets().get("paper")), "other dimensions count within the filter");

    assertEquals(bruteForce(a -> a.regions().get(0).path().equals("浙江省/宁波市/慈溪市")),
        search("驿站", regions("浙江省/宁波市")).total());
    assertEquals(bruteForce(a -> a.regions().get(0).code().equals("330881")), search("驿站", regions("330881")).total());
  }

  @Test
  void a_region_code_takes_in_the_divisions_below_it_as_its_path_does() throws Exception {
    SearchResponse byCode = search("驿站", regions("330000"));
    assertEquals(bruteForce(a -> a.regions().get(0).path().startsWith("浙江省")), byCode.total());
    assertTrue(byCode.total() > bruteForce(a -> a.regions().get(0).code().equals("330000")), "宁波 and 衢州 included");
    assertEquals(search("驿站", regions("浙江省")).facets(), byCode.facets(), "the same counts, sideways included");
    assertEquals(byCode.total(), searcher.search(new SearchRequest("驿站 region:330000", Filters.NONE,
        SortOrder.RELEVANCE, 1, 10, null)).total(), "region: in the query reads a code the same way");
  }

  @Test
  void an_unknown_region_code_leaves_the_region_facet_as_if_no_region_were_chosen() throws Exception {
    List<FacetValue> unfiltered = search("驿站", Filters.NONE).facets().get("region");
    SearchResponse unknown = search("驿站", regions("999999"));
    assertEquals(0, unknown.total());
    assertEquals(unfiltered, unknown.facets().get("region"));
    SearchResponse withPath = search("驿站", regions("999999", "西藏自治区"));
    assertEquals(bruteForce(a -> a.regions().get(0).path().equals("西藏自治区")), withPath.total());
    assertEquals(unfiltered, withPath.facets().get("region"));
  }

  @Test
  void a_place_name_as_region_filter_stands_for_its_path_as_it_does_in_the_query() throws Exception {
    SearchResponse byPath = search("驿站", regions("浙江省/宁波市"));
    assertEquals(bruteForce(a -> a.regions().get(0).path().startsWith("浙江省/宁波市")), byPath.total());
    assertTrue(byPath.total() > 0, "the generated articles hold some");
    for (String name : List.of("宁波市", "宁波")) {
      assertEquals(byPath.facets(), search("驿站", regions(name)).facets(), name);
      assertEquals(byPath.total(), search("驿站", regions(name)).total(), name);
      assertEquals(byPath.total(), search("驿站 region:" + name, Filters.NONE).total(), "region:" + name);
    }
  }

  @Test
  void values_within_a_dimension_are_alternatives_and_dimensions_combine() throws Exception {
    Filters filters = new Filters(List.of("浙江省", "西藏自治区"), List.of(), List.of("skills"), List.of(), List.of(), List.of(), null, null);
    assertEquals(
        bruteForce(a -> (a.regions().get(0).path().startsWith("浙江省") || a.regions().get(0).path().equals("西藏自治区"))
            && a.topics().get(0).id().equals("skills")),
        search("驿站", filters).total());
  }

  @Test
  void a_blank_query_with_a_filter_browses_the_filtered_articles() throws Exception {
    Filters filters = new Filters(List.of(), List.of(), List.of(), List.of(), List.of("张仕恒"), List.of(), null, null);
    assertEquals(bruteForce(a -> a.persons().contains("张仕恒")), search("", filters).total());
  }

  @Test
  void cursor_paging_visits_every_match_once_in_order() throws Exception {
    for (SortOrder sort : SortOrder.values()) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      do {
        SearchResponse page = searcher.search(new SearchRequest("驿站", Filters.NONE, sort, 1, 7, cursor));
        page.hits().forEach(h -> seen.add(h.id()));
        cursor = page.nextCursor();
      } while (cursor != null);
      assertEquals(ARTICLES, seen.size(), sort.name());
      assertEquals(ARTICLES, new HashSet<>(seen).size(), sort.name());
      List<String> numbered = new ArrayList<>();
      for (int page = 1; page <= 9; page++) {
        searcher.search(new SearchRequest("驿站", Filters.NONE, sort, page, 7, null)).hits().forEach(h -> numbered.add(h.id()));
      }
      assertEquals(numbered, seen, "cursor and numbered pages agree for " + sort);
    }
  }

  @Test
  void each_filtered_dimension_counts_within_the_other_filters_and_the_rest_within_all() throws Exception {
    Filters filters = new Filters(List.of("330282", "浙江省/宁波市", "330881"), List.of(),
        List.of("skills", "new-forms"), List.of("grrb"), List.of(), List.of(), null, null);
    Predicate<Article> region = a -> a.regions().get(0).path().startsWith("浙江省/宁波市")
        || List.of("330282", "330881").contains(a.regions().get(0).code());
    Predicate<Article> path = a -> a.regions().get(0).path().startsWith("浙江省/宁波市");
    Predicate<Article> topic = a -> List.of("skills", "new-forms").contains(a.topics().get(0).id());
    Predicate<Article> paper = a -> a.paper().equals("grrb");
    SearchResponse response = search("驿站", filters);

    assertEquals(bruteForce(region.and(topic).and(paper)), response.total());
    assertTrue(response.total() > bruteForce(path.and(topic).and(paper)), "codes and path are alternatives");
    assertEquals(bruteForceCounts(matching(region.and(paper)), a -> a.topics().get(0).id()),
        counts(response.facets().get("topic")), "topics count sideways: as if no topic were chosen");
    assertEquals(bruteForceCounts(matching(region.and(topic)), Article::paper),
        counts(response.facets().get("paper")), "papers count sideways");
    assertEquals(bruteForceCounts(matching(topic.and(paper)), a -> a.regions().get(0).path().split("/")[0]),
        counts(response.facets().get("region")), "regions count sideways, codes and paths alike");

    Filters withoutCodes = new Filters(List.of("浙江省/宁波市"), List.of(), List.of("skills", "new-forms"),
        List.of("grrb"), List.of(), List.of(), null, null);
    SearchResponse ningbo = search("驿站", withoutCodes);
    assertEquals(bruteForce(path.and(topic).and(paper)), ningbo.total());
    assertTrue(ningbo.total() > 0, "the generated articles hold some");
    assertEquals(bruteForceCounts(matching(path.and(topic).and(paper)), a -> a.persons().get(0)),
        counts(ningbo.facets().get("person")), "a dimension without a filter counts within all of them");
    assertEquals(bruteForceCounts(matching(topic.and(paper)), a -> a.regions().get(0).path().split("/")[0]),
        counts(ningbo.facets().get("region")));
  }

  @Test
  void a_filtered_search_runs_under_the_time_limit_too() throws Exception {
    Filters filters =
        new Filters(List.of("浙江省"), List.of(), List.of("skills"), List.of("grrb"), List.of(), List.of(), null, null);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      IndexSearcher expired = new IndexSearcher(reader);
      expired.setTimeout(() -> true); // as if the limit had passed before the first document
      SortedSetDocValuesReaderState facets =
          new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
      IndexSnapshot snapshot =
          new IndexSnapshot(expired, FacetOrdinals.read(facets, null), IdOrder.read(reader), Map.of());
      ArticleSearch search = new ArticleSearch(new LuceneQueryBuilder(), 1);
      for (Filters f : List.of(Filters.NONE, filters)) {
        SearchRequest request = new SearchRequest("驿站", f, SortOrder.RELEVANCE, 1, 10, null);
        assertThrows(SearchTimeoutException.class, () -> search.search(snapshot, request), f.toString());
      }
    }
  }

  private static List<Article> matching(Predicate<Article> predicate) {
    return articles.stream().filter(predicate).toList();
  }

  @Test
  void cursor_paging_under_filters_visits_every_filtered_match_once() throws Exception {
    Filters filters =
        new Filters(List.of(), List.of(), List.of("skills"), List.of("zjgrb"), List.of(), List.of(), null, null);
    long expected = bruteForce(a -> a.topics().get(0).id().equals("skills") && a.paper().equals("zjgrb"));
    for (SortOrder sort : SortOrder.values()) {
      Set<String> seen = new HashSet<>();
      int hits = 0;
      String cursor = null;
      do {
        SearchResponse page = searcher.search(new SearchRequest("驿站", filters, sort, 1, 3, cursor));
        page.hits().forEach(h -> seen.add(h.id()));
        hits += page.hits().size();
        cursor = page.nextCursor();
      } while (cursor != null);
      assertEquals(expected, hits, sort.name());
      assertEquals(expected, seen.size(), sort.name());
    }
  }

  @Test
  void a_forged_cursor_is_a_bad_request() {
    assertThrows(BadRequestException.class,
        () -> searcher.search(new SearchRequest("驿站", Filters.NONE, SortOrder.NEWEST, 1, 7, "not-a-cursor!")));
  }

  @Test
  void hits_report_the_size_of_their_reprint_cluster() throws Exception {
    SearchHit hit = search("\"第0号\"", Filters.NONE).hits().get(0);
    assertEquals(2, hit.clusterSize(), "articles 0 and 10 share a cluster");
  }

  @Test
  void trends_count_per_year_and_split_by_topic_as_counts_and_shares() throws Exception {
    TrendResponse byTopic =
        searcher.trends("驿站", Filters.NONE, new TrendRequest(TrendRequest.Interval.YEAR, "topic", false, false));
    List<Article> stations = articles.stream().filter(a -> a.bodyText().contains("驿站")).toList();
    Set<String> topics = stations.stream().map(a -> a.topics().get(0).id()).collect(Collectors.toSet());
    assertTrue(topics.size() > 1 && topics.size() <= TrendCounter.MAX_SERIES, "a few topics: " + topics);
    assertEquals(topics, byTopic.series().stream().map(TrendResponse.Series::key).collect(Collectors.toSet()));
    Set<String> years = stations.stream().map(a -> String.valueOf(a.date().getYear())).collect(Collectors.toSet());
    assertEquals(new TreeSet<>(years), new TreeSet<>(byTopic.buckets()), "every year a match falls in is a bucket");
    for (TrendResponse.Series series : byTopic.series()) {
      for (int i = 0; i < byTopic.buckets().size(); i++) {
        String year = byTopic.buckets().get(i);
        long expected = stations.stream()
            .filter(a -> a.topics().get(0).id().equals(series.key()) && String.valueOf(a.date().getYear()).equals(year)).count();
        assertEquals(expected, series.values().get(i).longValue(), series.key() + " " + year);
      }
    }
    TrendResponse share = searcher.trends("劳模", Filters.NONE, new TrendRequest(TrendRequest.Interval.YEAR, null, true, false));
    List<Article> matching = articles.stream().filter(a -> a.bodyText().contains("劳模")).toList();
    assertEquals(matching.stream().map(a -> String.valueOf(a.date().getYear())).collect(Collectors.toSet()),
        new HashSet<>(share.buckets()));
    assertEquals(1, share.series().size());
    for (int i = 0; i < share.buckets().size(); i++) {
      String year = share.buckets().get(i);
      long all = articles.stream().filter(a -> String.valueOf(a.date().getYear()).equals(year)).count();
      long hits = matching.stream().filter(a -> String.valueOf(a.date().getYear()).equals(year)).count();
      assertEquals(all, share.periodTotals().get(i));
      assertEquals((double) hits / all, share.series().get(0).values().get(i), 1e-9);
    }
  }

  @Test
  void a_share_within_a_filter_divides_by_the_articles_within_it_and_the_months_run_without_a_gap() throws Exception {
    Filters grrb = new Filters(List.of(), List.of(), List.of(), List.of("grrb"), List.of(), List.of(), null, null);
    TrendResponse share = searcher.trends("劳模", grrb, new TrendRequest(TrendRequest.Interval.MONTH, null, true, false));
    List<Article> ofGrrb = articles.stream().filter(a -> a.paper().equals("grrb")).toList();
    List<YearMonth> months = ofGrrb.stream().map(a -> YearMonth.from(a.date())).sorted().toList();
    String first = months.get(0).toString();
    String last = months.get(months.size() - 1).toString();
    assertEquals(first, share.buckets().get(0));
    assertEquals(last, share.buckets().get(share.buckets().size() - 1));
    for (int i = 1; i < share.buckets().size(); i++) {
      assertEquals(YearMonth.parse(share.buckets().get(i - 1)).plusMonths(1).toString(), share.buckets().get(i));
    }
    for (int i = 0; i < share.buckets().size(); i++) {
      String month = share.buckets().get(i);
      List<Article> inMonth = ofGrrb.stream().filter(a -> YearMonth.from(a.date()).toString().equals(month)).toList();
      long hits = inMonth.stream().filter(a -> a.bodyText().contains("劳模")).count();
      assertEquals(inMonth.size(), share.periodTotals().get(i), month);
      double expected = inMonth.isEmpty() ? 0.0 : (double) hits / inMonth.size();
      assertEquals(expected, share.series().get(0).values().get(i), 1e-9);
    }
  }

  @Test
  void trends_can_count_a_reprinted_story_once() throws Exception {
    TrendResponse raw = searcher.trends("驿站", Filters.NONE, new TrendRequest(TrendRequest.Interval.YEAR, null, false, false));
    TrendResponse distinct = searcher.trends("驿站", Filters.NONE, new TrendRequest(TrendRequest.Interval.YEAR, null, false, true));
    assertEquals(ARTICLES, raw.series().get(0).total());
    assertEquals(ARTICLES - 3, distinct.series().get(0).total(), "three stories are printed twice in the same year");
    TrendResponse monthly =
        searcher.trends("驿站", Filters.NONE, new TrendRequest(TrendRequest.Interval.MONTH, null, false, true));
    assertEquals(ARTICLES - 3, monthly.series().get(0).total(), "a story printed in two months is one story in all");
    assertEquals(ARTICLES, monthly.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum(),
        "and one in each month that printed it");
  }

  @Test
  void export_writes_every_match_in_both_formats() throws Exception {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    long written = searcher.export("驿站", regions("江苏省"), ExportFormat.JSONL, jsonl);
    long expected = bruteForce(a -> a.regions().get(0).path().startsWith("江苏省"));
    assertEquals(expected, written);
    assertEquals(expected, jsonl.toString(StandardCharsets.UTF_8).lines().count());

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    searcher.export("驿站", Filters.NONE, ExportFormat.CSV, csv);
    String text = csv.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFid,paper,paper_name,date"), text.substring(0, 40));
    assertEquals(ARTICLES + 1, text.split("\r\n").length);
  }

  @Test
  void kwic_lines_put_each_match_between_its_contexts() throws Exception {
    KwicResponse kwic = searcher.kwic("劳模", Filters.NONE, 5);
    assertEquals(5, kwic.lines().size());
    for (KwicResponse.Line line : kwic.lines()) {
      assertEquals("劳模", line.match());
      assertTrue(line.left().length() <= KwicFinder.CONTEXT_CHARS && line.right().startsWith("工匠"), line.toString());
    }
    assertEquals(bruteForce(a -> a.bodyText().contains("劳模")), kwic.total());
  }

  @Test
  void suggestions_complete_union_region_person_and_title_prefixes() throws Exception {
    List<Suggestion> unions = searcher.suggest("慈溪", 10);
    assertTrue(unions.stream().anyMatch(s -> s.text().equals("慈溪市总工会") && s.type().equals("union")), unions.toString());
    assertTrue(unions.stream().anyMatch(s -> s.text().equals("慈溪市") && s.type().equals("region")), unions.toString());
    assertTrue(searcher.suggest("张仕", 10).stream().anyMatch(s -> s.type().equals("person")));
    assertTrue(searcher.suggest("工会服务第1", 10).stream().anyMatch(s -> s.type().equals("title")));
    assertTrue(searcher.suggest("工會服務第1", 10).stream().anyMatch(s -> s.type().equals("title")), "traditional");
    assertTrue(searcher.suggest("張仕", 10).stream().anyMatch(s -> s.type().equals("person")), "traditional");
    assertThrows(BadRequestException.class, () -> searcher.suggest(" ", 10));
  }

  @Test
  void related_lists_reprints_apart_from_similar_articles() throws Exception {
    RelatedResponse related = searcher.related(articles.get(0).id(), 5);
    assertEquals(List.of(articles.get(10).id()), related.reprints().stream().map(SearchHit::id).toList());
    assertFalse(related.related().isEmpty());
    assertTrue(related.related().stream().noneMatch(h -> h.id().equals(articles.get(0).id()) || h.id().equals(articles.get(10).id())));
  }
}
