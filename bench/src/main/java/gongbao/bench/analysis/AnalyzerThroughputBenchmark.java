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
 * second, median of several timed runs after warm-up runs. Compares Gongbao's word analyzer, its
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
    Segment bare = HanLpSegmenters.newSegmenter(HanLpSegmenters.Vocabulary.HANLP_ONLY);
    List<Contender> contenders = List.of(
        new Contender("gongbao words (HanLP + union dictionary)", p -> consume(words, p)),
        new Contender("gongbao characters (unigrams + bigrams)", p -> consume(characters, p)),
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
    System.out.printf(Locale.ROOT, "text: %d paragraphs, %d characters; %d timed runs after 2 warm-up runs, one thread%n", paragraphs.size(), chars, runs);
    System.out.printf(Locale.ROOT, "%-42s %14s %12s%n", "analyzer", "median chars/s", "tokens");
    for (Contender contender : contenders) {
      long tokens = 0;
      for (int i = 0; i < 2; i++) {
        tokens = contender.workload().run(paragraphs);
      }
      double[] rates = new double[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        contender.workload().run(paragraphs);
        rates[i] = chars / ((System.nanoTime() - start) / 1e9);
      }
      Arrays.sort(rates);
      System.out.printf(Locale.ROOT, "%-42s %14.0f %12d%n", contender.name(), rates[runs / 2], tokens);
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
