package gongbao.ingest.index;

import gongbao.ingest.IngestException;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.extract.MetadataExtractor;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.region.RegionGazetteer;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageFormat;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
  private final PageExtraction extraction;
  private final int checkpointEveryPages;

  /** With the topic taxonomy shipped with the program, checkpointing every {@value #DEFAULT_CHECKPOINT_EVERY_PAGES} files. */
  public CorpusIngester() {
    this(TopicTaxonomy.builtIn(), DEFAULT_CHECKPOINT_EVERY_PAGES);
  }

  /** With the shipped taxonomy, checkpointing every {@code checkpointEveryPages} files. */
  public CorpusIngester(int checkpointEveryPages) {
    this(TopicTaxonomy.builtIn(), checkpointEveryPages);
  }

  /** With the given topic taxonomy (see {@link TopicTaxonomy#load}). */
  public CorpusIngester(TopicTaxonomy taxonomy, int checkpointEveryPages) {
    if (checkpointEveryPages < 1) {
      throw new IllegalArgumentException("checkpointEveryPages must be at least 1, not " + checkpointEveryPages);
    }
    this.checkpointEveryPages = checkpointEveryPages;
    this.extraction = new PageExtraction(
        new MetadataExtractor(RegionGazetteer.builtIn(), taxonomy), PageExtraction.newClusterer());
  }

  /** Every file under the given paths, in a stable order. */
  public static List<Path> listFiles(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new IOException("no such file or folder: " + path);
      }
    }
    return files;
  }

  public IngestReport ingest(List<Path> paths, ArticleIndexWriter writer, Progress progress) throws IOException {
    List<Path> files = listFiles(paths);
    IngestReport report = new IngestReport();
    int done = 0;
    for (Path file : files) {
      ingestFile(file, writer, report);
      progress.fileDone(++done, files.size(), file.toString());
      if (done % checkpointEveryPages == 0 && done < files.size()) {
        writer.checkpoint();
      }
    }
    writer.commit();
    return report;
  }

  private void ingestFile(Path file, ArticleIndexWriter writer, IngestReport report) throws IOException {
    if (PageFormat.ofFileName(file.getFileName().toString()).isEmpty()) {
      report.fileSkipped();
      return;
    }
    List<Article> articles;
    try {
      Page page = reader.read(file);
      writer.registerPaper(page.paper());
      articles = articlesOf(page);
    } catch (IngestException | IOException | RuntimeException e) {
      report.failed(file.toString(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return;
    }
    if (articles.isEmpty()) {
      report.failed(file.toString(), "no articles found on the page");
      return;
    }
    writer.replacePage(IndexSchema.pageKey(articles.get(0).id()), articles);
    report.pageIndexed(articles.size());
  }

  /** The articles of one page file, without touching an index. */
  public List<Article> extract(Path file) throws IOException, IngestException {
    return articlesOf(reader.read(file));
  }

  /** The page split into articles, each with its metadata extracted. */
  private List<Article> articlesOf(Page page) {
    return extraction.apply(page, splitter.split(page));
  }
}
