package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.IndexStats;
import gongbao.search.api.SearchHit;
import gongbao.search.api.SearchResponse;
import gongbao.search.query.LuceneQueryBuilder;
import gongbao.search.query.QueryNode;
import gongbao.search.query.QueryParser;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the index on disk. Thread-safe; {@link #refresh()} picks up what was committed since it
 * was opened. Knows nothing of HTTP.
 */
public final class Searcher implements Closeable {

  private final Directory directory;
  private final SearcherManager manager;
  private final LuceneQueryBuilder queryBuilder = new LuceneQueryBuilder();

  private Searcher(Directory directory) throws IOException {
    this.directory = directory;
    this.manager = new SearcherManager(directory, null);
  }

  /** Opens the index in {@code indexDir}; fails with {@link IndexMissingException} if there is none. */
  public static Searcher open(Path indexDir) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IndexMissingException(indexDir.toString());
    }
    return new Searcher(directory);
  }

  /** Makes newly committed articles visible. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long startNanos = System.nanoTime();
    QueryNode parsed = QueryParser.parse(request.query());
    Query query = withFilters(queryBuilder.build(parsed), request);
    IndexSearcher searcher = manager.acquire();
    try {
      int wanted = request.page() * request.size();
      TopFieldDocs top = searcher.search(query, wanted, sort(request.sort()), false);
      long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(query);
      Map<String, String> paperNames = paperNames(searcher);
      List<String> terms = LuceneQueryBuilder.highlightTerms(parsed);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = (request.page() - 1) * request.size(); i < top.scoreDocs.length; i++) {
        hits.add(hit(load(searcher, top.scoreDocs[i]), paperNames, terms));
      }
      long tookMillis = (System.nanoTime() - startNanos) / 1_000_000;
      return new SearchResponse(request.query(), total, tookMillis, request.page(), request.size(), hits);
    } finally {
      manager.release(searcher);
    }
  }

  /** The article with this id, in full. */
  public Article article(String id) throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        throw new ArticleNotFoundException(id);
      }
      return load(searcher, top.scoreDocs[0]);
    } finally {
      manager.release(searcher);
    }
  }

  /** Paper id to name for every paper in the index. */
  public Map<String, String> paperNames() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return paperNames(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  public IndexStats stats() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      return IndexStatsCounter.count(reader, paperNames(searcher));
    } finally {
      manager.release(searcher);
    }
  }

  private static Query withFilters(Query query, SearchRequest request) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
    addAnyOf(filtered, IndexSchema.PAPER, request.papers());
    addAnyOf(filtered, IndexSchema.KIND, request.kinds());
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      filtered.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), Occur.FILTER);
    }
    return filtered.build();
  }

  private static void addAnyOf(BooleanQuery.Builder filtered, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
    }
    filtered.add(any.build(), Occur.FILTER);
  }

  private static Sort sort(SortOrder order) {
    SortField byId = new SortField(IndexSchema.ID, SortField.Type.STRING);
    SortField byDate = new SortField(IndexSchema.DATE, SortField.Type.LONG, order == SortOrder.NEWEST);
    byDate.setMissingValue(order == SortOrder.NEWEST ? Long.MIN_VALUE : Long.MAX_VALUE);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case NEWEST, OLDEST -> new Sort(byDate, byId);
    };
  }

  private static Article load(IndexSearcher searcher, ScoreDoc scoreDoc) throws IOException {
    String json = searcher.storedFields().document(scoreDoc.doc).get(IndexSchema.ARTICLE_JSON);
    return ArticleJson.read(json);
  }

  private static Map<String, String> paperNames(IndexSearcher searcher) throws IOException {
    DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
    return ArticleIndexWriter.paperNames(reader.getIndexCommit().getUserData());
  }

  private static SearchHit hit(Article article, Map<String, String> paperNames, List<String> terms) {
    String text = article.bodyText().isEmpty() ? IndexSchema.searchableBody(article) : article.bodyText();
    return new SearchHit(
        article.id(),
        article.kicker(),
        article.title(),
        article.subtitle(),
        article.paper(),
        paperNames.getOrDefault(article.paper(), article.paper()),
        article.date(),
        article.dateInferred(),
        article.page(),
        article.kind().id(),
        article.byline().allNames(),
        SnippetBuilder.build(text, terms));
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }

}
