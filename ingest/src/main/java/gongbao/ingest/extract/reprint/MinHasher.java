package gongbao.ingest.extract.reprint;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * MinHash signatures over character shingles: the text's letters, digits and Han characters (spaces
 * and punctuation dropped, so that layout does not matter), cut into overlapping runs of
 * {@code shingleChars}. Two signatures agree in about the Jaccard similarity of the shingle sets.
 */
public final class MinHasher {

  private final int shingleChars;
  private final long[] seeds;

  public MinHasher(int hashes, int shingleChars, long seed) {
    if (hashes < 1 || shingleChars < 1) {
      throw new IllegalArgumentException("hashes and shingleChars must be positive");
    }
    this.shingleChars = shingleChars;
    this.seeds = new long[hashes];
    long state = seed;
    for (int i = 0; i < hashes; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
  }

  public int hashes() {
    return seeds.length;
  }

  /** The signature of a text, or null when it has fewer than {@code minShingles} shingles (too short to judge). */
  public int @Nullable [] signatureOf(String text, int minShingles) {
    String kept = kept(text);
    return kept.length() - shingleChars + 1 < minShingles ? null : signatureOfKept(kept);
  }

  /**
   * The signature: for each hash function the least hash over the text's shingles, kept to its low
   * 32 bits (compact to store; two different minima agree by chance once in 2^32). A shingle's hashes
   * are computed in a loop of their own, which the JIT turns into vector instructions, and compared
   * after (a loop that does both stays scalar: about twice the time).
   */
  public int[] signature(String text) {
    return signatureOfKept(kept(text));
  }

  private int[] signatureOfKept(String kept) {
    long[] least = new long[seeds.length];
    Arrays.fill(least, Long.MAX_VALUE);
    long[] hashes = new long[seeds.length];
    for (int start = 0; start + shingleChars <= kept.length(); start++) {
      long shingle = 1125899906842597L;
      for (int i = start; i < start + shingleChars; i++) {
        shingle = 31 * shingle + kept.charAt(i);
      }
      for (int h = 0; h < seeds.length; h++) {
        hashes[h] = mix(shingle ^ seeds[h]);
      }
      for (int h = 0; h < seeds.length; h++) {
        if (hashes[h] < least[h]) {
          least[h] = hashes[h];
        }
      }
    }
    int[] signature = new int[least.length];
    for (int h = 0; h < least.length; h++) {
      signature[h] = (int) least[h];
    }
    return signature;
  }

  /** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static String kept(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  /** SplitMix64's finaliser. */
  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
