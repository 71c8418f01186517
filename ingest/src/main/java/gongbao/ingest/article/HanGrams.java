package gongbao.ingest.article;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs of neighbouring Chinese characters, the splitter's evidence of shared wording: the distinct runs
 * of n characters in a text, each packed exactly into a long (n ≤ 4, sixteen bits a character), and how
 * many two such sets share.
 */
final class HanGrams {

  private HanGrams() {}

  /** The distinct runs of {@code n} Chinese characters in the first {@code maxChars} of {@code text}. */
  static Set<Long> of(CharSequence text, int n, int maxChars) {
    long[] runs = runs(text, n, maxChars);
    Set<Long> grams = new HashSet<>(capacityFor(runs.length)); // sized once: growing it was most of the cost
    for (long gram : runs) {
      grams.add(gram);
    }
    return grams;
  }

  /** The distinct runs of {@code n} Chinese characters in the first {@code maxChars} of {@code text}, in order. */
  static long[] sortedDistinct(CharSequence text, int n, int maxChars) {
    long[] runs = runs(text, n, maxChars);
    Arrays.sort(runs);
    int distinct = 0;
    for (int i = 0; i < runs.length; i++) {
      if (i == 0 || runs[i] != runs[distinct - 1]) {
        runs[distinct++] = runs[i];
      }
    }
    return Arrays.copyOf(runs, distinct);
  }

  /**
   * How many of {@code grams} ({@link #sortedDistinct} runs of {@code n} characters) occur in the first {@code
   * maxChars} of {@code text}: the same count as {@link #shared} of the two sets, without building the second. The
   * grams go into an open-addressing table of primitive longs (a packed run is never 0, the empty slot), which each
   * run of the text probes.
   */
  static int occurring(long[] grams, CharSequence text, int n, int maxChars) {
    int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(grams.length)); // at least twice as many slots
    int mask = (1 << bits) - 1;
    long[] table = new long[1 << bits];
    boolean[] seen = new boolean[1 << bits];
    for (long gram : grams) {
      table[slot(table, gram, bits, mask)] = gram;
    }
    int occurring = 0;
    for (long gram : runs(text, n, maxChars)) {
      int at = slot(table, gram, bits, mask);
      if (table[at] == gram && !seen[at]) {
        seen[at] = true;
        occurring++;
      }
    }
    return occurring;
  }

  /** The slot of {@code gram} in {@code table}: where it is, or the empty slot where it would go. */
  private static int slot(long[] table, long gram, int bits, int mask) {
    int at = (int) (gram * 0x9E3779B97F4A7C15L >>> (64 - bits));
    while (table[at] != 0 && table[at] != gram) {
      at = (at + 1) & mask;
    }
    return at;
  }

  /** Every run of {@code n} Chinese characters in the first {@code maxChars} of {@code text}, packed, in text order. */
  private static long[] runs(CharSequence text, int n, int maxChars) {
    if (n < 1 || n > 4) {
      throw new IllegalArgumentException("runs of 1 to 4 characters, not " + n);
    }
    int end = Math.min(text.length(), maxChars);
    long[] runs = new long[end];
    int count = 0;
    int run = 0;
    long gram = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!isHan(c)) {
        run = 0;
        continue;
      }
      gram = gram << 16 | c;
      run++;
      if (run >= n) {
        runs[count++] = n == 4 ? gram : gram & ((1L << 16 * n) - 1);
      }
    }
    return Arrays.copyOf(runs, count);
  }

  /** How many members of {@code a} are also in {@code b}. */
  static int shared(Set<Long> a, Set<Long> b) {
    int shared = 0;
    for (Long gram : a) {
      if (b.contains(gram)) {
        shared++;
      }
    }
    return shared;
  }

  static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  /** A hash table capacity that holds {@code entries} without growing (at most 2^16 to start with). */
  static int capacityFor(int entries) {
    return (int) (Math.min(entries, 1 << 16) / 0.75f) + 1;
  }
}
