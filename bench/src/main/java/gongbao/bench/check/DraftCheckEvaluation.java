package gongbao.bench.check;

import static gongbao.search.api.DraftCheckResponse.MOSTLY_PRINTED;

import gongbao.bench.RmrbRecord;
import gongbao.bench.SharedData;
import gongbao.search.Filters;
import gongbao.search.Searcher;
import gongbao.search.api.DraftCheckResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * How well the draft check ({@code POST /api/v1/similar}) tells an editor what the archive printed, on the search
 * benchmark's index (every rmrb article twenty times over, with distinct ids and dates): drafts made from rmrb
 * articles as an editor retypes them (other punctuation, the last paragraph dropped, a sentence of the editor's own
 * added) must find a printing of their article first, with at least half their text printed; drafts from People's
 * Daily of January 1998 (pd1998, text the index does not hold) must not be said to be printed. Times the checks next
 * to the related-articles look-up, which runs the same more-like-this query for a stored article.
 *
 * <p>Usage: {@code bench/run DraftCheckEvaluation [drafts] [--index DIR]} (default 300 drafts of each kind, index
 * {@code var/bench/scale-index}, built by {@code bench/run SearchBenchmark}).
 */
public final class DraftCheckEvaluation {

  private static final String EDITORS_SENTENCE = "记者了解到，相关部门还将在近期推出更多配套措施。";
  private static final int MIN_DRAFT_CHARS = 150;

  private DraftCheckEvaluation() {}

  public static void main(String[] args) throws Exception {
    int drafts = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 300;
    int indexArg = Arrays.asList(args).indexOf("--index");
    Path index = Path.of(indexArg >= 0 ? args[indexArg + 1] : "var/bench/scale-index");
    if (!Files.isDirectory(index)) {
      throw new IllegalStateException(
          "no index at " + index + ": run bench/run SearchBenchmark first, which builds it");
    }
    List<RmrbRecord> records = new ArrayList<>(RmrbRecord.readAll(SharedData.require(RmrbRecord.FILE)));
    records.removeIf(r -> r.paragraphs().size() < 2 || String.join("", r.paragraphs()).length() < MIN_DRAFT_CHARS);
    Collections.shuffle(records, new Random(20241125));
    List<String> unprinted = pd1998Drafts(drafts);
    try (Searcher searcher = Searcher.open(index)) {
      int foundFirst = 0;
      int mostlyFirst = 0;
      List<Double> printedOverlaps = new ArrayList<>();
      List<Long> checkNanos = new ArrayList<>();
      List<Long> relatedNanos = new ArrayList<>();
      for (RmrbRecord record : records.subList(0, drafts)) {
        long start = System.nanoTime();
        DraftCheckResponse result = searcher.checkDraft(retyped(record), Filters.NONE, 10);
        checkNanos.add(System.nanoTime() - start);
        DraftCheckResponse.Match first = result.matches().get(0);
        if (first.article().title().equals(record.title())) {
          foundFirst++;
          mostlyFirst += first.overlap() >= MOSTLY_PRINTED ? 1 : 0;
        }
        printedOverlaps.add(first.overlap());
        start = System.nanoTime();
        searcher.related(first.article().id(), 10);
        relatedNanos.add(System.nanoTime() - start);
      }
      int saidPrinted = 0;
      List<Double> unprintedOverlaps = new ArrayList<>();
      for (String draft : unprinted) {
        long start = System.nanoTime();
        DraftCheckResponse result = searcher.checkDraft(draft, Filters.NONE, 10);
        checkNanos.add(System.nanoTime() - start);
        double top = result.matches().isEmpty() ? 0 : result.matches().get(0).overlap();
        unprintedOverlaps.add(top);
        saidPrinted += top >= MOSTLY_PRINTED ? 1 : 0;
      }
      System.out.printf("index %s, %d articles%n", index, searcher.stats().articles());
      System.out.printf("retyped rmrb drafts: %d; a printing of their article first: %d (%.1f %%), and with half or"
          + " more of the draft printed: %d (%.1f %%); overlap of the first match: median %.3f, lowest %.3f%n",
          drafts, foundFirst, 100.0 * foundFirst / drafts, mostlyFirst, 100.0 * mostlyFirst / drafts,
          median(printedOverlaps), Collections.min(printedOverlaps));
      System.out.printf("pd1998 drafts (not in the index): %d; said to be printed (first match half or more): %d "
          + "(%.1f %%); overlap of the first match: median %.3f, highest %.3f%n", unprinted.size(), saidPrinted,
          100.0 * saidPrinted / unprinted.size(), median(unprintedOverlaps), Collections.max(unprintedOverlaps));
      System.out.printf("milliseconds: draft check median %.1f, p95 %.1f; related articles (same more-like-this, "
          + "a stored article) median %.1f, p95 %.1f%n", percentile(checkNanos, 50), percentile(checkNanos, 95),
          percentile(relatedNanos, 50), percentile(relatedNanos, 95));
    }
  }

  /** The article as an editor retypes it: ASCII commas, the last paragraph dropped, a sentence of its own added. */
  private static String retyped(RmrbRecord record) {
    List<String> kept = record.paragraphs().subList(0, record.paragraphs().size() - 1);
    return (record.title() + "\n" + String.join("\n", kept)).replace('，', ',') + EDITORS_SENTENCE;
  }

  /** Runs of pd1998 paragraphs, tags taken off, each at least {@value #MIN_DRAFT_CHARS} characters. */
  private static List<String> pd1998Drafts(int wanted) throws Exception {
    Path file = SharedData.require("pd1998/199801.utf8.txt.gz");
    List<String> drafts = new ArrayList<>();
    StringBuilder draft = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null && drafts.size() < wanted; line = reader.readLine()) {
        String[] items = line.trim().split("\\s+");
        for (int i = 1; i < items.length; i++) { // the first item is the paragraph's id
          String item = items[i].replace("[", "");
          int close = item.lastIndexOf(']');
          item = close > 0 ? item.substring(0, close) : item;
          int slash = item.lastIndexOf('/');
          draft.append(slash > 0 ? item.substring(0, slash) : item);
        }
        draft.append('\n');
        if (draft.length() >= MIN_DRAFT_CHARS * 2) {
          drafts.add(draft.toString());
          draft.setLength(0);
        }
      }
    }
    return drafts;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double percentile(List<Long> nanos, int percent) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
  }
}
