package gongbao.ingest.extract.reprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gives near-identical articles one cluster id, as they arrive. Signatures are banded (locality
 * sensitive hashing) to find candidates in constant time per article; a candidate whose MinHash
 * similarity reaches the threshold puts the new article in its cluster (the most similar one; the
 * earliest on ties), else the article starts a cluster named after its own id. The outcome depends only
 * on the order of arrival, which the ingest keeps stable (files sorted, articles in page order).
 * Articles too short to judge stay alone. Holds every signature of the run in memory, and those of
 * articles clustered by earlier runs ({@link #remember}), so that a story ingested today joins its
 * reprint ingested last month.
 */
public final class ReprintClusterer {

  private final MinHasher hasher;
  private final double threshold;
  private final int rowsPerBand;
  private final int minShingles;
  private final List<int[]> signatures = new ArrayList<>();
  private final List<String> clusters = new ArrayList<>();
  private final Map<BandKey, List<Integer>> buckets = new HashMap<>();

  private record BandKey(int band, long hash) {}

  /**
   * @param threshold least estimated Jaccard similarity of a reprint
   * @param rowsPerBand signature positions per band; must divide the number of hashes
   * @param minShingles texts with fewer shingles are never clustered with others
   */
  public ReprintClusterer(MinHasher hasher, double threshold, int rowsPerBand, int minShingles) {
    if (hasher.hashes() % rowsPerBand != 0) {
      throw new IllegalArgumentException("rowsPerBand must divide the number of hashes");
    }
    this.hasher = hasher;
    this.threshold = threshold;
    this.rowsPerBand = rowsPerBand;
    this.minShingles = minShingles;
  }

  /** The cluster id for an article: the id of the first article of its cluster. */
  public String assign(String articleId, String text) {
    return assign(articleId, signature(text));
  }

  /** The signature that decides a text's cluster, or null when it is too short to judge; thread-safe. */
  public int @Nullable [] signature(String text) {
    return hasher.signatureOf(text, minShingles);
  }

  /** The cluster id for an article with this {@link #signature}: the id of the first article of its cluster. */
  public synchronized String assign(String articleId, int @Nullable [] signature) {
    if (signature == null) {
      return articleId;
    }
    int bestIndex = -1;
    double bestSimilarity = threshold;
    List<BandKey> keys = bandKeys(signature);
    for (BandKey key : keys) {
      for (int index : buckets.getOrDefault(key, List.of())) {
        double similarity = MinHasher.similarity(signature, signatures.get(index));
        if (similarity > bestSimilarity || (similarity == bestSimilarity && (bestIndex < 0 || index < bestIndex))) {
          bestIndex = index;
          bestSimilarity = similarity;
        }
      }
    }
    String cluster = bestIndex < 0 ? articleId : clusters.get(bestIndex);
    add(cluster, signature, keys);
    return cluster;
  }

  /** An article clustered by an earlier run: later articles may join its cluster. */
  public synchronized void remember(String cluster, int[] signature) {
    if (signature.length != hasher.hashes()) {
      throw new IllegalArgumentException("a signature of " + signature.length + " hashes, not " + hasher.hashes());
    }
    add(cluster, signature, bandKeys(signature));
  }

  private void add(String cluster, int[] signature, List<BandKey> keys) {
    int index = signatures.size();
    signatures.add(signature);
    clusters.add(cluster);
    for (BandKey key : keys) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(index);
    }
  }

  private List<BandKey> bandKeys(int[] signature) {
    List<BandKey> keys = new ArrayList<>();
    for (int band = 0; band * rowsPerBand < signature.length; band++) {
      long hash = band;
      for (int row = band * rowsPerBand; row < (band + 1) * rowsPerBand; row++) {
        hash = hash * 1_000_003L + signature[row];
      }
      keys.add(new BandKey(band, hash));
    }
    return keys;
  }
}
