package gongbao.bench.analysis;

import com.hankcs.hanlp.seg.Segment;
import gongbao.bench.SharedData;
import gongbao.ingest.analysis.HanLpSegmenters;
import gongbao.ingest.analysis.Token;
import gongbao.ingest.analysis.UnionTermMerger;
import gongbao.ingest.analysis.WordSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Word segmentation on the SIGHAN 2005 bakeoff test sets (pku, msr) against their gold standard,
 * scored as the bakeoff does: precision, recall and F1 over word spans, plus recall of words in and
 * out of the training vocabulary. A line whose gold text is not the test text (msr has a few with a
 * stray quotation mark) is skipped and counted. HanLP as Gongbao configures it (normalised text), with and without
 * the union dictionary, and bare HanLP on the raw text for reference.
 *
 * <p>{@code bench/run SegmentationEvaluation}
 */
public final class SegmentationEvaluation {

  /** Word counts; {@code skippedLines}: lines whose gold text differs from the test text (not scored). */
  record Counts(long gold, long test, long correct, long goldOov, long correctOov, int skippedLines) {
    double precision() {
      return (double) correct / test;
    }

    double recall() {
      return (double) correct / gold;
    }

    double f1() {
      return 2 * precision() * recall() / (precision() + recall());
    }

    double oovRecall() {
      return goldOov == 0 ? 0 : (double) correctOov / goldOov;
    }

    double ivRecall() {
      return (double) (correct - correctOov) / (gold - goldOov);
    }
  }

  /** A way to segment a line; offsets of its tokens are offsets in the line. */
  record Configuration(String name, Function<String, List<Token>> segment) {}

  private static Configuration gongbao(String name, boolean unionTerms) {
    WordSegmenter segmenter = new WordSegmenter();
    UnionTermMerger merger = UnionTermMerger.bundled();
    return new Configuration(name, line -> {
      List<Token> tokens = segmenter.segment(line).tokens();
      return unionTerms ? merger.merge(tokens) : tokens;
    });
  }

  private static Configuration bareHanLp() {
    Segment segmenter = HanLpSegmenters.newSegmenter();
    return new Configuration("bare HanLP (raw text)", line -> segmenter.seg(line).stream()
        .filter(term -> !term.word.isBlank())
        .map(term -> new Token(term.word, term.offset, String.valueOf(term.nature)))
        .toList());
  }

  public static void main(String[] args) throws IOException {
    List<Configuration> configurations =
        List.of(
            gongbao("gongbao: normalised + union dictionary", true),
            gongbao("gongbao without union dictionary", false),
            bareHanLp());
    System.out.printf(Locale.ROOT, "%-6s %-40s %9s %9s %9s %9s %9s %8s%n", "corpus", "segmenter", "P", "R", "F1", "R(oov)", "R(iv)", "skipped");
    for (String corpus : List.of("pku", "msr")) {
      List<String> test = lines(SharedData.require("icwb2/" + corpus + "_test.utf8"));
      List<String> gold = lines(SharedData.require("icwb2/" + corpus + "_test_gold.utf8"));
      Set<String> training = new HashSet<>(lines(SharedData.require("icwb2/" + corpus + "_training_words.utf8")));
      if (test.size() != gold.size()) {
        throw new IllegalStateException(corpus + ": " + test.size() + " test lines but " + gold.size() + " gold lines");
      }
      for (Configuration configuration : configurations) {
        Counts counts = score(test, gold, training, configuration);
        System.out.printf(Locale.ROOT, "%-6s %-40s %9.4f %9.4f %9.4f %9.4f %9.4f %8d%n", corpus, configuration.name(),
            counts.precision(), counts.recall(), counts.f1(), counts.oovRecall(), counts.ivRecall(), counts.skippedLines());
      }
    }
  }

  static Counts score(List<String> test, List<String> gold, Set<String> training, Configuration configuration) {
    long goldWords = 0, testWords = 0, correct = 0, goldOov = 0, correctOov = 0;
    int skipped = 0;
    for (int i = 0; i < test.size(); i++) {
      String line = test.get(i).strip();
      Set<Long> goldSpans = new HashSet<>();
      Set<Long> oovSpans = new HashSet<>();
      int offset = 0;
      for (String word : gold.get(i).strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        long span = span(offset, offset + word.length());
        goldSpans.add(span);
        if (!training.contains(word)) {
          oovSpans.add(span);
        }
        offset += word.length();
      }
      String text = line.replaceAll("\\s+", "");
      if (!text.equals(gold.get(i).replaceAll("\\s+", ""))) {
        skipped++;
        continue;
      }
      goldWords += goldSpans.size();
      goldOov += oovSpans.size();
      if (text.isEmpty()) {
        continue;
      }
      for (Token token : configuration.segment().apply(text)) {
        testWords++;
        long span = span(token.offset(), token.end());
        if (goldSpans.contains(span)) {
          correct++;
          if (oovSpans.contains(span)) {
            correctOov++;
          }
        }
      }
    }
    return new Counts(goldWords, testWords, correct, goldOov, correctOov, skipped);
  }

  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }

  private SegmentationEvaluation() {}
}
