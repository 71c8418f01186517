package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.DraftCheckResponse;
import gongbao.search.api.IndexStats;
import gongbao.search.api.KwicResponse;
import gongbao.search.api.RelatedResponse;
import gongbao.search.api.SearchResponse;
import gongbao.search.api.Suggestion;
import gongbao.search.api.TrendResponse;
import gongbao.search.query.LuceneQueryBuilder;
import gongbao.search.query.QueryNode;
import gongbao.search.query.QueryParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Everything the API and the pages ask of the index, with no HTTP types. Thread-safe. Opened either
 * read-only on an index folder, or near-real-time on the server's own writer so that uploaded pages
 * are searchable as soon as they are committed.
 */
public final class Searcher implements Closeable {

  /** Default limit on one search's time. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;
  /**
   * The most terms one Lucene query may hold, raised from Lucene's 1,024: every word of a query is searched in two
   * fields, as its HanLP words and as a character phrase, and with its synonyms, so a query within the parser's limits
   * ({@link QueryParser#MAX_QUERY_CHARS} characters, {@link QueryParser#MAX_CLAUSES} words) asks for up to about 2,000
   * terms (two for each HanLP word and two for each query word), and its filters for {@link Filters#MAX_VALUES} more.
   */
  static final int MAX_QUERY_TERMS = 4096;
  /** The longest prefix {@link #suggest} completes. */
  public static final int MAX_PREFIX_CHARS = Suggester.MAX_PREFIX_CHARS;

  static {
    IndexSearcher.setMaxClauseCount(MAX_QUERY_TERMS);
  }

  private final IndexHandle index;
  private final @Nullable Directory ownedDirectory;
  private final long timeoutMillis;
  private final LuceneQueryBuilder queryBuilder = new LuceneQueryBuilder();
  private final ArticleSearch articleSearch;
  private final Suggester suggester = new Suggester();

  private Searcher(IndexHandle index, @Nullable Directory ownedDirectory, long timeoutMillis) {
    this.index = index;
    this.ownedDirectory = ownedDirectory;
    this.timeoutMillis = timeoutMillis;
    this.articleSearch = new ArticleSearch(queryBuilder, timeoutMillis);
  }

  /** Opens the index in {@code indexDir} read-only; fails with {@link IndexMissingException} if there is none. */
  public static Searcher open(Path indexDir) throws IOException {
    return open(indexDir, DEFAULT_TIMEOUT_MILLIS);
  }

  public static Searcher open(Path indexDir, long timeoutMillis) throws IOException {
    if (!Files.isDirectory(indexDir)) { // opened, the folder would be made: a mistyped path must leave nothing behind
      throw new IndexMissingException(indexDir.toString());
    }
    Directory directory = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IndexMissingException(indexDir.toString());
    }
    return new Searcher(new IndexHandle(new SearcherManager(directory, null), null), directory, timeoutMillis);
  }

  /** Searches what {@code writer} has written, committed or not, once {@link #refresh()} is called. */
  public static Searcher nearRealTime(ArticleIndexWriter writer, long timeoutMillis) throws IOException {
    SearcherManager manager = new SearcherManager(writer.luceneWriter(), null);
    return new Searcher(new IndexHandle(manager, writer::paperNamesSnapshot), null, timeoutMillis);
  }

  /** Makes what was written since the last refresh visible to searches. */
  public void refresh() throws IOException {
    index.refresh();
  }

  /** Checks a query and filters without running them, so that bad input fails before a response starts. */
  public void validate(String query, Filters filters) {
    articleSearch.query(query, filters);
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    return index.withSnapshot(timeoutMillis, snapshot -> articleSearch.search(snapshot, request));
  }

  /** The article with this id, in full. */
  public Article article(String id) throws IOException {
    return index.withSnapshot(timeoutMillis, snapshot -> snapshot.loadWhole(docOf(snapshot, id)));
  }

  /** Other printings of the same story, and articles on similar subjects. */
  public RelatedResponse related(String id, int size) throws IOException {
    return index.withSnapshot(timeoutMillis, snapshot -> RelatedArticles.find(snapshot, docOf(snapshot, id), size));
  }

  /** The articles nearest to a text an editor has written, those that print most of it first ({@link DraftCheck}). */
  public DraftCheckResponse checkDraft(String text, Filters filters, int size) throws IOException {
    TextOverlap draft = DraftCheck.draft(text);
    validate("", filters);
    return index.withSnapshot(
        timeoutMillis, snapshot -> DraftCheck.check(snapshot, draft, articleSearch.query("", filters), size));
  }

  public TrendResponse trends(String query, Filters filters, TrendRequest trend) throws IOException {
    return index.withSnapshot(
        timeoutMillis,
        snapshot -> TrendCounter.count(
            snapshot, articleSearch.query(query, filters), articleSearch.query("", filters), trend));
  }

  /** Streams every match to {@code out}, in id order, in constant memory; no time limit. */
  public long export(String query, Filters filters, ExportFormat format, OutputStream out) throws IOException {
    return index.withSnapshot(0, snapshot -> MatchExporter.export(snapshot, articleSearch.query(query, filters), format, out));
  }

  public KwicResponse kwic(String query, Filters filters, int maxLines) throws IOException {
    QueryNode parsed = QueryParser.parse(query);
    return index.withSnapshot(timeoutMillis,
        snapshot -> KwicFinder.find(
            snapshot, query, queryBuilder.highlightTerms(parsed), articleSearch.query(parsed, filters), maxLines));
  }

  public List<Suggestion> suggest(String prefix, int max) throws IOException {
    return index.withSnapshot(timeoutMillis, snapshot -> suggester.suggest(snapshot, prefix, max));
  }

  /** Paper id to name for every paper in the index. */
  public Map<String, String> paperNames() throws IOException {
    return index.withSnapshot(timeoutMillis, IndexSnapshot::paperNames);
  }

  /** The label of each topic id that an indexed article carries (ids no article carries are left out). */
  public Map<String, String> topicLabels(Collection<String> ids) throws IOException {
    return index.withSnapshot(timeoutMillis, snapshot -> TopicLabels.read(snapshot, ids));
  }

  public IndexStats stats() throws IOException {
    return index.withSnapshot(timeoutMillis, snapshot -> IndexStatsCounter.count(snapshot));
  }

  private static int docOf(IndexSnapshot snapshot, String id) throws IOException {
    TopDocs top = snapshot.searcher().search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      throw new ArticleNotFoundException(id);
    }
    return top.scoreDocs[0].doc;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      if (ownedDirectory != null) {
        ownedDirectory.close();
      }
    }
  }
}
