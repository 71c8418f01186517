package gongbao.search;

import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetsConfig;
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
  private @Nullable ReaderState state;

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
      ReaderState cached = readerState(reader);
      Map<String, String> paperNames = livePaperNames != null ? livePaperNames.get() : cached.paperNames();
      IndexSearcher own = new IndexSearcher(reader);
      if (timeoutMillis > 0) {
        // the limit measures the request's own work, not the wait for the per-reader state above
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        own.setTimeout(() -> System.nanoTime() > deadline);
      }
      return work.run(new IndexSnapshot(own, cached.facets(), cached.ids(), paperNames));
    } finally {
      manager.release(shared);
    }
  }

  /**
   * What is worth computing once per reader: the facet values in memory with the facet state (the segments shared with
   * the reader before taken from its state), the order of the article ids, and the papers named in its commit (empty
   * when a writer is attached: its live names are used instead).
   */
  private record ReaderState(@Nullable FacetOrdinals facets, IdOrder ids, Map<String, String> paperNames) {}

  private synchronized ReaderState readerState(IndexReader reader) throws IOException {
    if (reader != stateReader || state == null) {
      stateReader = reader;
      FacetOrdinals previous = state == null ? null : state.facets();
      state = new ReaderState(
          hasFacets(reader) ? FacetOrdinals.read(facetState(reader), previous) : null,
          IdOrder.read(reader),
          livePaperNames != null
              ? Map.of()
              : ArticleIndexWriter.paperNames(((DirectoryReader) reader).getIndexCommit().getUserData()));
    }
    return state;
  }

  private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    return new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
