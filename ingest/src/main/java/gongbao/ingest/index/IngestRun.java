package gongbao.ingest.index;

import gongbao.ingest.IngestException;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageFormat;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One ingest run over a list of files with N worker threads. Each worker takes the next file in
 * order and reads, splits, segments and extracts it; reprint clusters are then assigned in file order
 * ({@link InOrder}: a worker whose file is ready early does not wait, the worker that completes the
 * sequence assigns and indexes the files it completes), so cluster ids are the same as in a
 * single-threaded run. The index reuses the extraction's segmentation; the character fields are
 * analysed inside the writer, on the worker's thread. Checkpoints every so many files; the final
 * commit is the caller's.
 */
final class IngestRun {

  /** Files that may wait, ready, for an earlier one, per worker, before workers stop starting new ones. */
  private static final int PARKED_PAGES_PER_THREAD = 4;

  private final CorpusIngester ingester;
  private final List<Path> files;
  private final ArticleIndexWriter writer;
  private final ReprintClusterer clusterer;
  private final CorpusIngester.Progress progress;
  private final int checkpointEveryPages;
  private final IngestReport report = new IngestReport();
  private final AtomicInteger nextFile = new AtomicInteger();
  private final InOrder<PreparedFile> clusterOrder = new InOrder<>(this::withClusters);
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
    int parkedLimit = PARKED_PAGES_PER_THREAD * threads;
    if (threads == 1) {
      work(parkedLimit);
      return report;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          work(parkedLimit);
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

  private void work(int parkedLimit) throws IOException {
    while (true) {
      try {
        clusterOrder.awaitRoom(parkedLimit);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("ingest interrupted");
      }
      int ticket = nextFile.getAndIncrement();
      if (ticket >= files.size()) {
        return;
      }
      Path file = files.get(ticket);
      for (PreparedFile ready : clusterOrder.handIn(ticket, new PreparedFile(file, prepare(file)))) {
        if (ready.articles() != null) {
          writer.replaceExtractedPage(IndexSchema.pageKey(ready.articles().get(0).article().id()), ready.articles());
          report.pageIndexed(ready.articles().size());
        }
        fileDone(ready.file());
      }
    }
  }

  /** A file with its articles (null when the file is not used), before or after reprint clusters. */
  private record PreparedFile(Path file, @Nullable List<ExtractedArticle> articles) {}

  private PreparedFile withClusters(PreparedFile prepared) {
    return prepared.articles() == null
        ? prepared
        : new PreparedFile(prepared.file(), PageExtraction.withClusters(prepared.articles(), clusterer));
  }

  /** The page's articles with their metadata but no clusters yet; null when the file is not used. */
  private @Nullable List<ExtractedArticle> prepare(Path file) {
    if (PageFormat.ofFileName(file.getFileName().toString()).isEmpty()) {
      report.fileSkipped();
      return null;
    }
    List<ExtractedArticle> articles;
    try {
      Page page = ingester.read(file);
      writer.registerPaper(page.paper());
      articles = ingester.withMetadata(page);
    } catch (IngestException | IOException | RuntimeException e) {
      report.failed(file.toString(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
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
