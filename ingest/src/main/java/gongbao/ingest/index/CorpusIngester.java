package gongbao.ingest.index;

import gongbao.ingest.IngestException;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.extract.MetadataExtractor;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.region.RegionGazetteer;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads page files and folders, splits each page into articles and writes them to the index. A page
 * that cannot be read is counted with its reason and the run goes on. A long run commits a checkpoint
 * every {@code checkpointEveryPages} files, so a crash loses at most that much work; re-running the
 * ingest replaces what the checkpoint held and converges on the same index.
 */
public final class CorpusIngester {

  /** Told after each file, so a terminal can show progress. */
  public interface Progress {
    void fileDone(int done, int total, String file);

    Progress NONE = (done, total, file) -> {};
  }

  /** Files read between two checkpoints, by default. */
  public static final int DEFAULT_CHECKPOINT_EVERY_PAGES = 1000;

  private final PageReader reader = new PageReader(new PaperCatalog());
  private final ArticleSplitter splitter = new ArticleSplitter();
  private final MetadataExtractor extractor;
  /** One extraction (with its own segmenter) per thread; all share the extractor. */
  private final ThreadLocal<PageExtraction> extraction;
  private final int checkpointEveryPages;
  private final int threads;

  /** With the topic taxonomy shipped with the program, a checkpoint every {@value #DEFAULT_CHECKPOINT_EVERY_PAGES} files, every processor. */
  public CorpusIngester() {
    this(TopicTaxonomy.builtIn(), DEFAULT_CHECKPOINT_EVERY_PAGES, defaultThreads());
  }

  /** With the shipped taxonomy, checkpointing every {@code checkpointEveryPages} files, every processor. */
  public CorpusIngester(int checkpointEveryPages) {
    this(TopicTaxonomy.builtIn(), checkpointEveryPages, defaultThreads());
  }

  /**
   * @param taxonomy the topic taxonomy (see {@link TopicTaxonomy#load})
   * @param threads worker threads; pages are read, split, extracted and analysed in parallel
   */
  public CorpusIngester(TopicTaxonomy taxonomy, int checkpointEveryPages, int threads) {
    if (checkpointEveryPages < 1) {
      throw new IllegalArgumentException("checkpointEveryPages must be at least 1, not " + checkpointEveryPages);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.checkpointEveryPages = checkpointEveryPages;
    this.threads = threads;
    this.extractor = new MetadataExtractor(RegionGazetteer.builtIn(), taxonomy);
    this.extraction = ThreadLocal.withInitial(() -> new PageExtraction(extractor));
  }

  /** One worker per processor. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Every file under the given paths, in a stable order ({@link FileListing}). */
  public static List<Path> listFiles(List<Path> paths) throws IOException {
    return FileListing.of(paths).files();
  }

  /**
   * Ingests every file under {@code paths}. Articles already in the index take part in reprint
   * clustering: a new article that reprints one of them joins its cluster.
   */
  public IngestReport ingest(List<Path> paths, ArticleIndexWriter writer, Progress progress) throws IOException {
    return ingest(FileListing.of(paths), writer, progress);
  }

  /** Ingests the files of a listing made beforehand (to check its paths before anything else is done). */
  public IngestReport ingest(FileListing listing, ArticleIndexWriter writer, Progress progress) throws IOException {
    IngestReport report = new IngestRun(this, listing.files(), writer, writer.reprintClusterer(), progress,
        checkpointEveryPages).run(threads);
    listing.unreadable().forEach(failure -> report.failed(failure.file(), failure.reason()));
    writer.commit();
    return report;
  }

  /** The articles of one page file, without touching an index. */
  public List<Article> extract(Path file) throws IOException, IngestException {
    Page page = read(file);
    return PageExtraction.withClusters(withMetadata(page), PageExtraction.newClusterer()).stream()
        .map(ExtractedArticle::article)
        .toList();
  }

  Page read(Path file) throws IOException, IngestException {
    return reader.read(file);
  }

  /** The page split into articles, each with its metadata but no reprint cluster yet. */
  List<ExtractedArticle> withMetadata(Page page) {
    return extraction.get().withMetadata(page, splitter.split(page));
  }
}
