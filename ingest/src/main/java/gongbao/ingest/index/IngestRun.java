package gongbao.ingest.index;

import gongbao.ingest.IngestException;
import gongbao.ingest.IoErrors;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageFormat;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One ingest run over a list of files with N worker threads. Each worker takes the next file in
 * order and reads, splits, segments, extracts and indexes it (the index reuses the extraction's
 * segmentation; the character fields are analysed inside the writer, on the worker's thread); only reprint-cluster assignment waits its turn, so cluster ids are the same as in
 * a single-threaded run. Checkpoints every so many files; the final commit is the caller's.
 */
final class IngestRun {

  private final CorpusIngester ingester;
  private final List<Path> files;
  private final ArticleIndexWriter writer;
  private final ReprintClusterer clusterer;
  private final CorpusIngester.Progress progress;
  private final int checkpointEveryPages;
  private final IngestReport report = new IngestReport();
  private final AtomicInteger nextFile = new AtomicInteger();
  private final Turnstile clusterOrder = new Turnstile();
  /** Each page given in this run and its file; used in turn only. */
  private final Map<String, Path> pagesGiven = new HashMap<>();
  private int done;

  IngestRun(CorpusIngester ingester, List<Path> files, ArticleIndexWriter writer, ReprintClusterer clusterer,
      CorpusIngester.Progress progress, int checkpointEveryPages) {
    this.ingester = ingester;
    this.files = files;
    this.writer = writer;
    this.clusterer = clusterer;
    this.progress = progress;
    this.checkpointEveryPages = checkpointEveryPages;
  }

  IngestReport run(int threads) throws IOException {
    if (threads == 1) {
      work();
      return report;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          work();
          return null;
        }));
      }
      for (Future<Void> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("ingest interrupted");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return report;
  }

  private void work() throws IOException {
    for (int ticket = nextFile.getAndIncrement(); ticket < files.size(); ticket = nextFile.getAndIncrement()) {
      Path file = files.get(ticket);
      List<ExtractedArticle> articles = prepare(file);
      try {
        clusterOrder.awaitTurn(ticket);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("ingest interrupted");
      }
      try {
        if (articles != null && claimsItsPage(file, articles)) {
          articles = PageExtraction.withClusters(articles, clusterer);
        } else {
          articles = null;
        }
      } finally {
        clusterOrder.pass();
      }
      if (articles != null) {
        writer.replaceExtractedPage(IndexSchema.pageKey(articles.get(0).article().id()), articles);
        report.pageIndexed(articles.size());
      }
      fileDone(file);
    }
  }

  /**
   * Whether the file is the first of this run to give its page (paper, date and page number), in file order: another
   * file of the same page would replace its articles without a word (two folders outside the corpus layout each with a
   * {@code 01.txt}, or a page's {@code 02.txt} beside its {@code 02.html}), so it fails, naming the first. Called in
   * turn.
   */
  private boolean claimsItsPage(Path file, List<ExtractedArticle> articles) {
    String page = IndexSchema.pageKey(articles.get(0).article().id());
    Path first = pagesGiven.putIfAbsent(page, file);
    if (first != null) {
      report.failed(file.toString(), "page " + page + " is also given by " + first
          + " in this run (same paper, date and page number), which was kept; rename or move one of them");
      return false;
    }
    return true;
  }

  /** The page's articles with their metadata but no clusters yet; null when the file is not used. */
  private List<ExtractedArticle> prepare(Path file) {
    if (PageFormat.ofFileName(file.getFileName().toString()).isEmpty()) {
      report.fileSkipped();
      return null;
    }
    List<ExtractedArticle> articles;
    try {
      Page page = ingester.read(file);
      writer.registerPaper(page.paper());
      articles = ingester.withMetadata(page);
    } catch (IOException e) {
      report.failed(file.toString(), IoErrors.describe(e));
      return null;
    } catch (IngestException | RuntimeException e) {
      report.failed(file.toString(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return null;
    } catch (OutOfMemoryError e) {
      // the page's own data (its segmentation) is what filled the heap, and it is garbage once this returns
      long heapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      report.failed(file.toString(), "needs more memory than this run's " + heapMiB
          + " MiB of heap (a page takes about 25 times its size): run again with more, e.g. GONGBAO_JAVA_OPTS=-Xmx8g");
      return null;
    }
    if (articles.isEmpty()) {
      report.failed(file.toString(), "no articles found on the page");
      return null;
    }
    return articles;
  }

  private void fileDone(Path file) throws IOException {
    boolean checkpoint;
    synchronized (this) {
      done++;
      progress.fileDone(done, files.size(), file.toString());
      checkpoint = done % checkpointEveryPages == 0 && done < files.size();
    }
    if (checkpoint) {
      writer.checkpoint();
    }
  }
}
