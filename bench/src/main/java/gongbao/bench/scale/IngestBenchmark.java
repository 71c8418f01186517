package gongbao.bench.scale;

import com.hankcs.hanlp.seg.Segment;
import gongbao.bench.Folders;
import gongbao.bench.Parallel;
import gongbao.bench.RmrbPageFiles;
import gongbao.ingest.analysis.HanLpSegmenters;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Ingest throughput, side by side in one run: the whole pipeline (read, split, segment once, extract,
 * index, commit) over the rmrb pages rebuilt as page files, next to bare HanLP segmentation of the
 * same page text with the same number of threads (the bound) and next to the same pipeline with
 * Lucene's SmartChineseAnalyzer making the word fields, at 1 and 2 threads.
 *
 * <p>Usage: {@code bench/run IngestBenchmark [--rounds N]}; prints the median of N rounds (default 1).
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = SearchBenchmark.intArg(args, "--rounds", 1);
    RmrbPageFiles pages = RmrbPageFiles.write();
    Path corpus = pages.corpus();
    List<String> texts = pages.texts();
    int articles = pages.articles();
    long chars = pages.characters();
    System.out.printf("# Ingest benchmark: %,d rmrb pages rebuilt as files, %,d articles, %,d characters; median of %d round(s)%n%n",
        texts.size(), articles, chars, rounds);
    System.out.println("| threads | bare HanLP chars/s | pipeline chars/s | pipeline articles/s | pipeline seconds | pipeline / bare "
        + "| with SmartChineseAnalyzer chars/s | SmartCN seconds | SmartCN pipeline / bare |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    bareSegmentation(texts, 1);
    for (int threads : new int[] {1, 2}) {
      double[] bare = new double[rounds];
      double[] pipeline = new double[rounds];
      double[] smartCn = new double[rounds];
      IngestReport report = null;
      for (int r = 0; r < rounds; r++) {
        bare[r] = bareSegmentation(texts, threads);
        long t0 = System.nanoTime();
        report = ingest(corpus, threads, null);
        pipeline[r] = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        try (Analyzer smart = new SmartChineseAnalyzer()) {
          ingest(corpus, threads, smart);
        }
        smartCn[r] = (System.nanoTime() - t0) / 1e9;
      }
      double bareSeconds = median(bare);
      double seconds = median(pipeline);
      double smartSeconds = median(smartCn);
      System.out.printf("| %d | %,.0f | %,.0f | %,.0f | %.1f | %.2f | %,.0f | %.1f | %.2f |%n", threads, chars / bareSeconds,
          chars / seconds, report.articles() / seconds, seconds, bareSeconds / seconds, chars / smartSeconds, smartSeconds,
          bareSeconds / smartSeconds);
    }
    Folders.deleteTree(corpus);
  }

  /**
   * The whole pipeline into a new index: Gongbao's analysis when {@code otherWordAnalyzer} is null,
   * else the word fields made by that analyzer (extraction still segments with HanLP).
   */
  private static IngestReport ingest(Path corpus, int threads, Analyzer otherWordAnalyzer) throws Exception {
    Path index = Files.createTempDirectory("gongbao-ingest-bench-index");
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index, otherWordAnalyzer)) {
      return new CorpusIngester(TopicTaxonomy.builtIn(), CorpusIngester.DEFAULT_CHECKPOINT_EVERY_PAGES, threads)
          .ingest(List.of(corpus), writer, CorpusIngester.Progress.NONE);
    } finally {
      Folders.deleteTree(index);
    }
  }

  /** Seconds to segment every text once with {@code threads} HanLP segmenters (HanLP's own vocabulary). */
  static double bareSegmentation(List<String> texts, int threads) throws Exception {
    long t0 = System.nanoTime();
    Parallel.run(threads, (part, parts) -> {
      Segment segment = HanLpSegmenters.newSegmenter();
      for (int i = part; i < texts.size(); i += parts) {
        for (String line : texts.get(i).split("\n")) {
          if (!line.isBlank()) {
            segment.seg(line);
          }
        }
      }
    });
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The median of the values: the middle one, or the mean of the middle two for an even number of them. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
