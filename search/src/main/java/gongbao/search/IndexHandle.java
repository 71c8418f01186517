package gongbao.search;

import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.jspecify.annotations.Nullable;

/**
 * The open index: a {@link SearcherManager} and, per reader, the facet state (costly to build, so
 * built once per refresh). Hands out {@link IndexSnapshot}s to run one request against.
 */
final class IndexHandle implements Closeable {

  /** Work done against one snapshot. */
  interface Work<T> {
    T run(IndexSnapshot snapshot) throws IOException;
  }

  private final SearcherManager manager;
  private final SearchAdmission admission = new SearchAdmission();
  private final Supplier<Map<String, String>> livePaperNames;
  private @Nullable IndexReader stateReader;
  private @Nullable SortedSetDocValuesReaderState state;

  /**
   * @param livePaperNames paper names when a writer is attached (they may be ahead of the last
   *     commit); null to read them from the commit the reader was opened on
   */
  IndexHandle(SearcherManager manager, @Nullable Supplier<Map<String, String>> livePaperNames) {
    this.manager = manager;
    this.livePaperNames = livePaperNames;
  }

  void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /**
   * Runs {@code work} on the current snapshot. Timed work waits for its turn ({@link
   * SearchAdmission}); untimed work (exports, streamed at the client's pace) starts at once.
   */
  <T> T withSnapshot(long timeoutMillis, Work<T> work) throws IOException {
    return timeoutMillis > 0 ? admission.admit(() -> onSnapshot(timeoutMillis, work)) : onSnapshot(0, work);
  }

  private <T> T onSnapshot(long timeoutMillis, Work<T> work) throws IOException {
    IndexSearcher shared = manager.acquire();
    try {
      IndexReader reader = shared.getIndexReader();
      IndexSearcher own = new IndexSearcher(reader);
      if (timeoutMillis > 0) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        own.setTimeout(() -> System.nanoTime() > deadline);
      }
      return work.run(new IndexSnapshot(own, facetState(reader), paperNames(reader)));
    } finally {
      manager.release(shared);
    }
  }

  private synchronized @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    if (reader != stateReader) {
      stateReader = reader;
      state = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()) : null;
    }
    return state;
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
  }

  private Map<String, String> paperNames(IndexReader reader) throws IOException {
    if (livePaperNames != null) {
      return livePaperNames.get();
    }
    return ArticleIndexWriter.paperNames(((DirectoryReader) reader).getIndexCommit().getUserData());
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
