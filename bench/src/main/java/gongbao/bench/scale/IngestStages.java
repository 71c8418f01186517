package gongbao.bench.scale;

import gongbao.bench.Folders;
import gongbao.bench.RmrbPageFiles;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.extract.ArticleText;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.extract.MetadataExtractor;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the ingest time goes, in seconds rather than profile shares: the pipeline's stages run one
 * after the other over the whole rmrb page set, one thread, each stage timed on its own, next to bare
 * HanLP segmentation of the same page text in the same run. The stages are the ingest's own public
 * steps: read and split; segment (the articles' HanLP segmentation alone); segment and extract
 * (segmentation, metadata and reprint signatures, as the ingest does them); reprint clusters; index
 * and commit (Lucene, with the tokens given). The ingest's target is the whole pipeline at 0.6 × the
 * bare HanLP rate, so everything but segmenting must fit in 0.67 × the bare HanLP time; the table
 * shows what each stage takes of that.
 *
 * <p>Usage: {@code bench/run IngestStages [--rounds N]}; medians of N rounds (default 3).
 */
public final class IngestStages {

  private IngestStages() {}

  public static void main(String[] args) throws Exception {
    int rounds = SearchBenchmark.intArg(args, "--rounds", 3);
    RmrbPageFiles pages = RmrbPageFiles.write();
    String[] stages = {"bare HanLP (the bound)", "read + split", "segment (alone)", "segment + extract",
        "reprint clusters", "index + commit (tokens given)"};
    double[][] seconds = new double[stages.length][rounds];
    int articles = 0;
    for (int r = 0; r < rounds; r++) {
      seconds[0][r] = IngestBenchmark.bareSegmentation(pages.texts(), 1);

      long t0 = System.nanoTime();
      PageReader reader = new PageReader(new PaperCatalog());
      ArticleSplitter splitter = new ArticleSplitter();
      List<Page> read = new ArrayList<>();
      List<List<Article>> split = new ArrayList<>();
      for (Path file : pages.files()) {
        Page page = reader.read(file);
        read.add(page);
        split.add(splitter.split(page));
      }
      seconds[1][r] = elapsed(t0);

      t0 = System.nanoTime();
      ArticleSegmenter segmenter = new ArticleSegmenter();
      List<ArticleText> segmented = new ArrayList<>(); // kept, as the next stage keeps its output: the same heap to collect
      for (List<Article> page : split) {
        page.forEach(article -> segmented.add(segmenter.segment(article)));
      }
      seconds[2][r] = elapsed(t0);
      segmented.clear();

      t0 = System.nanoTime();
      PageExtraction extraction = new PageExtraction(MetadataExtractor.builtIn());
      List<List<ExtractedArticle>> extracted = new ArrayList<>();
      for (int p = 0; p < read.size(); p++) {
        extracted.add(extraction.withMetadata(read.get(p), split.get(p)));
      }
      seconds[3][r] = elapsed(t0);

      t0 = System.nanoTime();
      ReprintClusterer clusterer = PageExtraction.newClusterer();
      List<List<ExtractedArticle>> clustered = new ArrayList<>();
      for (List<ExtractedArticle> page : extracted) {
        clustered.add(PageExtraction.withClusters(page, clusterer));
      }
      seconds[4][r] = elapsed(t0);

      Path index = Files.createTempDirectory("gongbao-ingest-stages-index");
      try {
        t0 = System.nanoTime();
        articles = 0;
        try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
          read.forEach(page -> writer.registerPaper(page.paper()));
          for (List<ExtractedArticle> page : clustered) {
            if (!page.isEmpty()) {
              writer.replaceExtractedPage(IndexSchema.pageKey(page.get(0).article().id()), page);
              articles += page.size();
            }
          }
          writer.commit();
        }
        seconds[5][r] = elapsed(t0);
      } finally {
        Folders.deleteTree(index);
      }
    }
    Folders.deleteTree(pages.corpus());
    print(pages, articles, rounds, stages, seconds);
  }

  private static void print(RmrbPageFiles pages, int articles, int rounds, String[] stages, double[][] seconds) {
    System.out.printf(Locale.ROOT, "# Ingest stages: %,d pages, %,d articles, %,d characters; one thread; medians of %d round(s)%n%n",
        pages.files().size(), articles, pages.characters(), rounds);
    double bare = IngestBenchmark.median(seconds[0]);
    System.out.println("| stage | seconds | × bare HanLP time |");
    System.out.println("|---|---:|---:|");
    for (int s = 0; s < stages.length; s++) {
      double median = IngestBenchmark.median(seconds[s]);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f |%n", stages[s], median, median / bare);
    }
    double extraction = IngestBenchmark.median(seconds[3]) - IngestBenchmark.median(seconds[2]);
    double notSegmenting = IngestBenchmark.median(seconds[1]) + extraction + IngestBenchmark.median(seconds[4])
        + IngestBenchmark.median(seconds[5]);
    System.out.printf(Locale.ROOT, "%neverything but segmenting: %.1f s = %.2f × bare HanLP time (for 0.6 × the bare rate it must be at most 0.67 ×)%n",
        notSegmenting, notSegmenting / bare);
  }

  private static double elapsed(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
