package gongbao.bench.scale;

import com.hankcs.hanlp.seg.Segment;
import gongbao.bench.RmrbRecord;
import gongbao.bench.SharedData;
import gongbao.bench.split.RebuiltPage;
import gongbao.bench.split.SplitEvaluation;
import gongbao.ingest.analysis.HanLpSegmenters;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingest throughput, side by side in one run: the whole pipeline (read, split, extract, analyse,
 * index, commit) over the rmrb pages rebuilt as page files, next to bare HanLP segmentation of the
 * same page text with the same number of threads (the bound), at 1 and 2 threads.
 *
 * <p>Usage: {@code bench/run IngestBenchmark [--rounds N]}; prints the median of N rounds (default 1).
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = SearchBenchmark.intArg(args, "--rounds", 1);
    Map<String, TreeMap<Integer, RebuiltPage.GoldArticle>> pages = SplitEvaluation.readPages(SharedData.require(RmrbRecord.FILE));
    Path corpus = Files.createTempDirectory("gongbao-ingest-bench");
    Files.createDirectories(corpus.resolve("rmrb"));
    Files.writeString(corpus.resolve("rmrb/paper.json"), "{\"name\": \"人民日报\"}");
    List<String> texts = new ArrayList<>();
    int articles = 0;
    for (Map.Entry<String, TreeMap<Integer, RebuiltPage.GoldArticle>> page : pages.entrySet()) {
      String text = RebuiltPage.layOut(page.getKey(), new ArrayList<>(page.getValue().values()), new Random(1), true).text();
      Path file = corpus.resolve("rmrb").resolve(page.getKey() + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      texts.add(text);
      articles += page.getValue().size();
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf("# Ingest benchmark: %,d rmrb pages rebuilt as files, %,d articles, %,d characters; median of %d round(s)%n%n",
        texts.size(), articles, chars, rounds);
    System.out.println("| threads | bare HanLP chars/s | pipeline chars/s | pipeline articles/s | pipeline seconds | pipeline / bare |");
    System.out.println("|---|---|---|---|---|---|");
    bareSegmentation(texts, 1);
    for (int threads : new int[] {1, 2}) {
      double[] bare = new double[rounds];
      double[] pipeline = new double[rounds];
      IngestReport report = null;
      for (int r = 0; r < rounds; r++) {
        bare[r] = bareSegmentation(texts, threads);
        Path index = Files.createTempDirectory("gongbao-ingest-bench-index");
        long t0 = System.nanoTime();
        try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
          report = new CorpusIngester(TopicTaxonomy.builtIn(), CorpusIngester.DEFAULT_CHECKPOINT_EVERY_PAGES, threads)
              .ingest(List.of(corpus), writer, CorpusIngester.Progress.NONE);
        }
        pipeline[r] = (System.nanoTime() - t0) / 1e9;
      }
      double bareSeconds = median(bare);
      double seconds = median(pipeline);
      System.out.printf("| %d | %,.0f | %,.0f | %,.0f | %.1f | %.2f |%n", threads, chars / bareSeconds, chars / seconds,
          report.articles() / seconds, seconds, bareSeconds / seconds);
    }
  }

  /** Seconds to segment every text once with {@code threads} HanLP segmenters (the index vocabulary). */
  static double bareSegmentation(List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int part = t;
      parts.add(pool.submit(() -> {
        Segment segment = HanLpSegmenters.newSegmenter();
        long terms = 0;
        for (int i = part; i < texts.size(); i += threads) {
          for (String line : texts.get(i).split("\n")) {
            if (!line.isBlank()) {
              terms += segment.seg(line).size();
            }
          }
        }
        return terms;
      }));
    }
    for (Future<Long> part : parts) {
      part.get();
    }
    pool.shutdown();
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
