package gongbao.bench.analysis;

import com.hankcs.hanlp.seg.Segment;
import gongbao.bench.SharedData;
import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.analysis.HanLpSegmenters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Analyzer throughput on the same text (paragraphs of the rmrb bodies), one thread: characters per
 * second, median of several timed rounds after warm-up rounds. Compares Gongbao's word analyzer, its
 * character analyzer, both (what indexing one text field costs), SmartChineseAnalyzer, CJK bigrams,
 * and bare HanLP (its segmenter called on each paragraph, no Lucene).
 *
 * <p>{@code bench/run AnalyzerThroughputBenchmark [megachars] [runs]}
 */
public final class AnalyzerThroughputBenchmark {

  interface Workload {
    long run(List<String> paragraphs) throws IOException;
  }

  record Contender(String name, Workload workload) {}

  public static void main(String[] args) throws IOException {
    double megaChars = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> paragraphs = paragraphs(RmrbArticle.readAll(SharedData.require("rmrb/rmrb-articles.jsonl.gz")), (long) (megaChars * 1_000_000));
    long chars = paragraphs.stream().mapToLong(String::length).sum();
    Analyzer words = GongbaoAnalyzers.words();
    Analyzer characters = GongbaoAnalyzers.characters();
    Analyzer smart = new SmartChineseAnalyzer();
    Analyzer bigrams = new CJKAnalyzer();
    Segment bare = HanLpSegmenters.newSegmenter();
    List<Contender> contenders = List.of(
        new Contender("gongbao words (HanLP + union dictionary)", p -> consume(words, p)),
        new Contender("gongbao characters (bigrams + unigrams at run edges)", p -> consume(characters, p)),
        new Contender("gongbao words + characters", p -> consume(words, p) + consume(characters, p)),
        new Contender("SmartChineseAnalyzer", p -> consume(smart, p)),
        new Contender("CJKAnalyzer (bigrams)", p -> consume(bigrams, p)),
        new Contender("bare HanLP segmenter", p -> {
          long terms = 0;
          for (String paragraph : p) {
            terms += bare.seg(paragraph).size();
          }
          return terms;
        }));
    System.out.printf(Locale.ROOT, "text: %d paragraphs, %d characters; 2 warm-up rounds, then %d timed rounds, one thread;%n"
        + "each round runs every analyzer once, in turn, so that load from elsewhere falls on all alike%n", paragraphs.size(), chars, runs);
    long[] tokens = new long[contenders.size()];
    for (int round = 0; round < 2; round++) {
      for (int c = 0; c < contenders.size(); c++) {
        tokens[c] = contenders.get(c).workload().run(paragraphs);
      }
    }
    double[][] rates = new double[contenders.size()][runs];
    for (int round = 0; round < runs; round++) {
      for (int c = 0; c < contenders.size(); c++) {
        long start = System.nanoTime();
        contenders.get(c).workload().run(paragraphs);
        rates[c][round] = chars / ((System.nanoTime() - start) / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "%-42s %14s %14s %14s %12s%n", "analyzer", "median chars/s", "min chars/s", "max chars/s", "tokens");
    for (int c = 0; c < contenders.size(); c++) {
      double[] sorted = rates[c].clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%-42s %14.0f %14.0f %14.0f %12d%n", contenders.get(c).name(), sorted[runs / 2], sorted[0], sorted[runs - 1], tokens[c]);
    }
  }

  private static long consume(Analyzer analyzer, List<String> paragraphs) throws IOException {
    long tokens = 0;
    for (String paragraph : paragraphs) {
      try (TokenStream stream = analyzer.tokenStream("body", paragraph)) {
        stream.reset();
        while (stream.incrementToken()) {
          tokens++;
        }
        stream.end();
      }
    }
    return tokens;
  }

  private static List<String> paragraphs(List<RmrbArticle> articles, long maxChars) {
    List<String> paragraphs = new ArrayList<>();
    long chars = 0;
    for (RmrbArticle article : articles) {
      for (String paragraph : article.body().split("\n")) {
        if (chars >= maxChars) {
          return paragraphs;
        }
        paragraphs.add(paragraph);
        chars += paragraph.length();
      }
    }
    return paragraphs;
  }

  private AnalyzerThroughputBenchmark() {}
}
