package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.FacetValue;
import gongbao.search.api.SearchHit;
import gongbao.search.api.SearchResponse;
import gongbao.search.query.LuceneQueryBuilder;
import gongbao.search.query.QueryNode;
import gongbao.search.query.QueryParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.jspecify.annotations.Nullable;

/** One search: parse, filter, rank, count facets sideways, page, and build the hits. */
final class ArticleSearch {

  private final LuceneQueryBuilder queryBuilder;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final long timeoutMillis;

  ArticleSearch(LuceneQueryBuilder queryBuilder, long timeoutMillis) {
    this.queryBuilder = queryBuilder;
    this.timeoutMillis = timeoutMillis;
  }

  /** The parsed query string; null for a blank one, which matches every article. */
  static @Nullable QueryNode parse(String queryString) {
    return queryString.isBlank() ? null : QueryParser.parse(queryString);
  }

  /** The query and filters of a request as one Lucene query; a blank query matches every article. */
  DrillDownQuery query(String queryString, Filters filters) {
    return query(parse(queryString), filters);
  }

  DrillDownQuery query(@Nullable QueryNode parsed, Filters filters) {
    return FilterQueries.drillDown(base(parsed), filters, facetsConfig);
  }

  private Query base(@Nullable QueryNode parsed) {
    return parsed == null ? new MatchAllDocsQuery() : queryBuilder.build(parsed);
  }

  SearchResponse search(IndexSnapshot snapshot, SearchRequest request) throws IOException {
    long startNanos = System.nanoTime();
    QueryNode parsed = parse(request.query());
    Sort sort = snapshot.sort(request.sort());
    IndexSearcher searcher = snapshot.searcher();
    FieldDoc after = request.cursor() == null
        ? null
        : Cursor.decode(request.sort(), request.cursor(), searcher.getIndexReader().maxDoc());
    int skip = after == null ? (request.page() - 1) * request.size() : 0;
    int wanted = skip + request.size() + 1;

    TopFieldDocs top;
    long total; // counted exactly on both paths
    Map<String, List<FacetValue>> facets = Map.of();
    if (snapshot.facets() != null) {
      SidewaysSearch.Result result = SidewaysSearch.search(
          searcher, snapshot.facets(), facetsConfig, base(parsed), request.filters(), after, wanted, sort,
          sort.needsScores() && skip == 0 && isOneClause(parsed));
      top = result.top();
      total = result.total();
      facets = FacetReader.read(result, snapshot.facets().state());
    } else {
      TopFieldCollectorManager counted = new TopFieldCollectorManager(sort, wanted, after, Integer.MAX_VALUE);
      top = searcher.search(query(parsed, request.filters()), counted);
      total = top.totalHits.value;
    }
    if (searcher.timedOut()) {
      throw new SearchTimeoutException(timeoutMillis);
    }

    List<String> terms = parsed == null ? List.of() : queryBuilder.highlightTerms(parsed);
    int end = Math.min(top.scoreDocs.length, skip + request.size());
    List<Article> articles = new ArrayList<>();
    for (int i = skip; i < end; i++) {
      articles.add(snapshot.load(top.scoreDocs[i].doc));
    }
    List<SearchHit> hits = hits(snapshot, articles, terms);
    String nextCursor =
        top.scoreDocs.length > skip + request.size()
            ? Cursor.encode(request.sort(), (FieldDoc) top.scoreDocs[end - 1], articles.get(articles.size() - 1).id())
            : null;
    long tookMillis = (System.nanoTime() - startNanos) / 1_000_000;
    return new SearchResponse(
        request.query(), total, tookMillis, request.page(), request.size(), hits, facets, nextCursor);
  }

  /**
   * True for one word or phrase, its exclusions apart. Ranked, such a query is faster in two passes (the page found by
   * scoring only the hits that can make it, then every hit counted unscored) than in one that scores every hit; a query
   * of several words is slower, because finding its matches costs more than scoring them, and so is a deep numbered
   * page, where nearly every hit can make the page (BENCHMARKS.md, search at scale).
   */
  static boolean isOneClause(@Nullable QueryNode parsed) {
    if (parsed instanceof QueryNode.And and) {
      List<QueryNode> wanted = and.clauses().stream().filter(clause -> !(clause instanceof QueryNode.Not)).toList();
      return wanted.size() == 1 && isOneClause(wanted.get(0));
    }
    if (parsed instanceof QueryNode.Fielded fielded) {
      return isOneClause(fielded.value());
    }
    return parsed instanceof QueryNode.Word || parsed instanceof QueryNode.Phrase;
  }

  /** Hits for articles, with snippets marking {@code terms} and the sizes of their reprint clusters. */
  static List<SearchHit> hits(IndexSnapshot snapshot, List<Article> articles, List<String> terms) throws IOException {
    Map<String, Integer> clusterSizes = snapshot.clusterSizes(articles);
    List<SearchHit> hits = new ArrayList<>();
    for (Article article : articles) {
      int clusterSize = article.cluster() == null ? 1 : clusterSizes.getOrDefault(article.cluster(), 1);
      hits.add(hit(snapshot, article, terms, clusterSize));
    }
    return hits;
  }

  private static SearchHit hit(IndexSnapshot snapshot, Article article, List<String> terms, int clusterSize) {
    String text = article.searchableText();
    return new SearchHit(
        article.id(),
        article.kicker(),
        article.title(),
        article.subtitle(),
        article.paper(),
        snapshot.paperName(article.paper()),
        article.date(),
        article.dateInferred(),
        article.page(),
        article.kind().id(),
        article.byline().allNames(),
        article.regions(),
        article.unions(),
        article.topics(),
        SnippetBuilder.build(text, terms),
        clusterSize);
  }
}
