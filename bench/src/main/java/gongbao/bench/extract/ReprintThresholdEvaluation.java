package gongbao.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.bench.SharedData;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.reprint.MinHasher;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Measures the reprint threshold on rmrb: {@code bench/run ReprintThresholdEvaluation}.
 *
 * <ol>
 *   <li>Candidate pairs of articles are found by banded MinHash with a low bar (128 hashes, bands of 2),
 *       and their exact Jaccard similarity of character 5-shingles is computed;
 *   <li>the histogram of exact similarity shows where real duplicates (same story printed twice, same
 *       title) separate from articles that merely share phrases;
 *   <li>the production clusterer (PageExtraction's settings) is run over all articles in file order and
 *       its pairs are scored against the pairs whose exact similarity reaches {@code --truth} (0.5).
 * </ol>
 */
public final class ReprintThresholdEvaluation {

  private record Story(String id, String title, String text) {}

  private ReprintThresholdEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path file = SharedData.require("rmrb/rmrb-articles.jsonl.gz");
    double truth = args.length > 1 && args[0].equals("--truth") ? Double.parseDouble(args[1]) : 0.5;
    List<Story> stories = read(file);
    List<long[]> shingles = new ArrayList<>();
    MinHasher wide = new MinHasher(128, PageExtraction.SHINGLE_CHARS, 99);
    List<int[]> signatures = new ArrayList<>();
    for (Story story : stories) {
      shingles.add(shingleSet(story.text()));
      signatures.add(wide.signature(story.text()));
    }
    Map<Long, Double> pairs = candidatePairs(signatures, shingles);
    int[] histogram = new int[10];
    int[] sameTitle = new int[10];
    for (Map.Entry<Long, Double> pair : pairs.entrySet()) {
      int bin = Math.min(9, (int) (pair.getValue() * 10));
      histogram[bin]++;
      Story a = stories.get((int) (pair.getKey() >>> 32));
      Story b = stories.get((int) (pair.getKey() & 0xffffffffL));
      if (!a.title().isEmpty() && a.title().equals(b.title())) {
        sameTitle[bin]++;
      }
    }
    System.out.printf(Locale.ROOT, "rmrb: %d articles; candidate pairs (MinHash 128, bands of 2): %d%n",
        stories.size(), pairs.size());
    System.out.println("exact Jaccard of 5-shingles | pairs | of which same title");
    for (int bin = 0; bin < 10; bin++) {
      System.out.printf(Locale.ROOT, "  [%.1f, %.1f)  %6d  %6d%n", bin / 10.0, (bin + 1) / 10.0, histogram[bin],
          sameTitle[bin]);
    }
    scoreClusterer(stories, pairs, truth);
  }

  private static void scoreClusterer(List<Story> stories, Map<Long, Double> pairs, double truth) {
    ReprintClusterer clusterer = PageExtraction.newClusterer();
    List<String> clusters = new ArrayList<>();
    long startNanos = System.nanoTime();
    for (Story story : stories) {
      clusters.add(clusterer.assign(story.id(), story.text()));
    }
    double millis = (System.nanoTime() - startNanos) / 1e6;
    Map<String, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      members.computeIfAbsent(clusters.get(i), key -> new ArrayList<>()).add(i);
    }
    Set<Long> predicted = new HashSet<>();
    for (List<Integer> group : members.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          predicted.add(key(group.get(i), group.get(j)));
        }
      }
    }
    long truePairs = pairs.values().stream().filter(value -> value >= truth).count();
    long matched = predicted.stream().filter(pair -> pairs.getOrDefault(pair, 0.0) >= truth).count();
    System.out.printf(Locale.ROOT, "clusterer (64 hashes, rows %d, threshold %.2f, min shingles %d): %d clusters "
            + "of 2+ articles, %d pairs, %.0f ms for %d articles%n", PageExtraction.ROWS_PER_BAND,
        PageExtraction.REPRINT_THRESHOLD, PageExtraction.MIN_SHINGLES,
        members.values().stream().filter(group -> group.size() > 1).count(), predicted.size(), millis,
        stories.size());
    System.out.printf(Locale.ROOT, "pairs with exact Jaccard >= %.2f: %d; clusterer pair precision %.3f, recall %.3f%n",
        truth, truePairs, predicted.isEmpty() ? 1.0 : (double) matched / predicted.size(),
        truePairs == 0 ? 1.0 : (double) matched / truePairs);
  }

  private static Map<Long, Double> candidatePairs(List<int[]> signatures, List<long[]> shingles) {
    Map<Long, Double> pairs = new HashMap<>();
    int rows = 2;
    for (int band = 0; band * rows < 128; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < signatures.size(); i++) {
        if (shingles.get(i).length < PageExtraction.MIN_SHINGLES) {
          continue;
        }
        long hash = band;
        for (int row = band * rows; row < (band + 1) * rows; row++) {
          hash = hash * 1_000_003L + signatures.get(i)[row];
        }
        buckets.computeIfAbsent(hash, key -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size() && bucket.size() < 200; x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            long pair = key(bucket.get(x), bucket.get(y));
            if (!pairs.containsKey(pair)) {
              pairs.put(pair, jaccard(shingles.get(bucket.get(x)), shingles.get(bucket.get(y))));
            }
          }
        }
      }
    }
    return pairs;
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static long[] shingleSet(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    int n = PageExtraction.SHINGLE_CHARS;
    long[] hashes = new long[Math.max(0, kept.length() - n + 1)];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = kept.substring(i, i + n).hashCode() * 0x9E3779B97F4A7C15L + kept.substring(i, i + n).length();
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  private static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  private static List<Story> read(Path file) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<Story> stories = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = mapper.readTree(line);
        StringBuilder text = new StringBuilder(node.path("title").asText());
        node.path("paragraphs").forEach(paragraph -> text.append('\n').append(paragraph.asText()));
        String id = node.path("date").asText() + "/" + node.path("page").asText() + "/" + node.path("seq").asText();
        stories.add(new Story(id, node.path("title").asText(), text.toString()));
      }
    }
    return stories;
  }
}
