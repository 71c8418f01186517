package gongbao.ingest.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.article.Article;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import gongbao.ingest.page.Paper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * Writes articles to the index on disk. A page's articles replace whatever the index held for that
 * page, so re-ingesting never duplicates. Each commit records the analyzer version, the names of
 * the papers in the index, and whether the ingest run that made it had finished: a long run commits
 * checkpoints as it goes (progress survives a crash), and a page is always replaced in one atomic
 * step, so no commit and no near-real-time reader ever sees half a page.
 */
public final class ArticleIndexWriter implements Closeable {

  /** Commit user data key: {@code "false"} on a checkpoint of a run that has not finished yet. */
  public static final String RUN_COMPLETE_KEY = "run_complete";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexWriter writer;
  private final FacetsConfig facets = IndexSchema.facetsConfig();
  private final Map<String, String> paperNames;
  private final boolean reuseSegmentation;
  /** Recorded in every commit; an index made with another word analyzer is refused by the server. */
  private final String analyzerVersion;
  private @Nullable ReprintClusterer clusterer;

  public ArticleIndexWriter(Path indexDir) throws IOException {
    this(indexDir, null);
  }

  /**
   * A writer whose word fields are made by {@code otherWordAnalyzer} instead of Gongbao's HanLP
   * analysis (then the extraction's segmentation is not reused): for measuring other analyzers only,
   * since the search side queries with Gongbao's.
   */
  public ArticleIndexWriter(Path indexDir, @Nullable Analyzer otherWordAnalyzer) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    boolean exists = DirectoryReader.indexExists(directory);
    this.paperNames = exists ? readPaperNames(directory) : new TreeMap<>();
    this.reuseSegmentation = otherWordAnalyzer == null;
    this.analyzerVersion = otherWordAnalyzer == null
        ? GongbaoAnalyzers.VERSION : "other-word-analyzer:" + otherWordAnalyzer.getClass().getName();
    IndexWriterConfig config = new IndexWriterConfig(
        otherWordAnalyzer == null ? IndexSchema.analyzer() : IndexSchema.analyzer(otherWordAnalyzer));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()));
    this.writer = new IndexWriter(directory, config);
    if (!exists) {
      checkpoint();
    }
  }

  /**
   * Memory for documents before they are flushed to a segment: larger buffers mean fewer, larger
   * segments and less work writing and merging them. An eighth of the heap, between 32 and 512 MiB.
   */
  static double ramBufferMb(long maxHeapBytes) {
    return Math.max(32, Math.min(512, maxHeapBytes / 8 / (1024 * 1024)));
  }

  /** True unless the commit is a checkpoint of an ingest run that never finished. */
  public static boolean runComplete(Map<String, String> commitUserData) {
    return !"false".equals(commitUserData.get(RUN_COMPLETE_KEY));
  }

  /** Paper id to name, as recorded in a commit's user data. */
  public static Map<String, String> paperNames(Map<String, String> commitUserData) {
    String json = commitUserData.get(IndexSchema.PAPERS_KEY);
    if (json == null) {
      return new TreeMap<>();
    }
    try {
      return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("unreadable paper list in the index commit", e);
    }
  }

  private static Map<String, String> readPaperNames(Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return paperNames(reader.getIndexCommit().getUserData());
    }
  }

  /** Records a paper's name so that search results can show it. */
  public synchronized void registerPaper(Paper paper) {
    paperNames.put(paper.id(), paper.name());
  }

  /** Paper id to name for every paper written so far, committed or not. */
  public synchronized Map<String, String> paperNamesSnapshot() {
    return Map.copyOf(paperNames);
  }

  /** Replaces the articles of one page; {@code articles} all come from the page {@code pageKey}. */
  public void replacePage(String pageKey, List<Article> articles) throws IOException {
    replace(pageKey, articles.stream().map(article -> IndexSchema.toDocument(article, facets)).toList());
  }

  /** Replaces the articles of one page, reusing the segmentation their extraction made. */
  public void replaceExtractedPage(String pageKey, List<ExtractedArticle> articles) throws IOException {
    replace(pageKey, articles.stream()
        .map(a -> IndexSchema.toDocument(a.article(), reuseSegmentation ? a.text() : null, a.reprintSignature(), facets))
        .toList());
  }

  private void replace(String pageKey, List<Document> docs) throws IOException {
    Term page = new Term(IndexSchema.PAGE_KEY, pageKey);
    if (docs.isEmpty()) {
      // updateDocuments with no documents upsets IndexWriter's RAM accounting (an assertion in Lucene 9.12)
      writer.deleteDocuments(page);
      return;
    }
    writer.updateDocuments(page, docs);
  }

  /**
   * The reprint clusterer of this index: on first use it learns every signature already in the index
   * (so a new article can join a cluster of an earlier run); after that, the runs that write through
   * this writer keep it up to date, so the index is read once per writer, not once per run.
   */
  public synchronized ReprintClusterer reprintClusterer() throws IOException {
    if (clusterer == null) {
      ReprintClusterer fresh = PageExtraction.newClusterer();
      forEachReprintSignature(fresh::remember);
      clusterer = fresh;
    }
    return clusterer;
  }

  /** Tells {@code action} the cluster id and reprint signature of every article in the index that has one. */
  private void forEachReprintSignature(BiConsumer<String, int[]> action) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        BinaryDocValues signatures = leaf.reader().getBinaryDocValues(IndexSchema.REPRINT_SIGNATURE);
        SortedDocValues clusters = leaf.reader().getSortedDocValues(IndexSchema.CLUSTER);
        Bits live = leaf.reader().getLiveDocs();
        if (signatures == null || clusters == null) {
          continue;
        }
        for (int doc = signatures.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = signatures.nextDoc()) {
          if ((live == null || live.get(doc)) && clusters.advanceExact(doc)) {
            action.accept(clusters.lookupOrd(clusters.ordValue()).utf8ToString(),
                IndexSchema.decodeSignature(signatures.binaryValue()));
          }
        }
      }
    }
  }

  /** The writer, for readers that must see uncommitted changes (near-real-time search). */
  public IndexWriter luceneWriter() {
    return writer;
  }

  /** Makes everything written so far durable, and marks the index as the result of a finished run. */
  public void commit() throws IOException {
    commit(true);
  }

  /** Makes everything written so far durable, while a run goes on: the index is marked unfinished. */
  public void checkpoint() throws IOException {
    commit(false);
  }

  private synchronized void commit(boolean runComplete) throws IOException {
    String papers;
    try {
      papers = JSON.writeValueAsString(paperNames);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    writer.setLiveCommitData(
        Map.of(
                IndexSchema.ANALYZER_VERSION_KEY, analyzerVersion,
                IndexSchema.PAPERS_KEY, papers,
                RUN_COMPLETE_KEY, Boolean.toString(runComplete))
            .entrySet());
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
