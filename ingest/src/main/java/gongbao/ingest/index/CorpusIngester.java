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
 * that cannot be read is counted with its reason and the run goes on.
 */
public final class CorpusIngester {

  /** Told after each file, so a terminal can show progress. */
  public interface Progress {
    void fileDone(int done, int total, String file);

    Progress NONE = (done, total, file) -> {};
  }

  private final PageReader reader = new PageReader(new PaperCatalog());
  private final ArticleSplitter splitter = new ArticleSplitter();
  private final PageExtraction extraction;

  /** With the topic taxonomy shipped with the program. */
  public CorpusIngester() {
    this(TopicTaxonomy.builtIn());
  }

  /** With the given topic taxonomy (see {@link TopicTaxonomy#load}). */
  public CorpusIngester(TopicTaxonomy taxonomy) {
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
      articles = extract(file);
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
    Page page = reader.read(file);
    return extraction.apply(page, splitter.split(page));
  }
}
