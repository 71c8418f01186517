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

  /**
   * The distinct runs of n characters of one text in an open-addressing table of primitive longs (a packed run is
   * never 0, the empty slot), for counting how many of them another text holds without building its set: the
   * same count as {@link #shared}, at one probe a character.
   */
  static final class Table {
    private final int n;
    private final int bits;
    private final long[] slots;
    private final int size;

    private Table(long[] runs, int n) {
      this.n = n;
      this.bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(runs.length)); // at least twice as many slots
      this.slots = new long[1 << bits];
      int distinct = 0;
      for (long gram : runs) {
        int at = slot(gram);
        if (slots[at] == 0) {
          slots[at] = gram;
          distinct++;
        }
      }
      this.size = distinct;
    }

    /** The distinct runs of {@code n} Chinese characters in the first {@code maxChars} of {@code text}. */
    static Table of(CharSequence text, int n, int maxChars) {
      return new Table(runs(text, n, maxChars), n);
    }

    /** How many distinct runs the table holds. */
    int size() {
      return size;
    }

    /** How many of the table's runs occur in the first {@code maxChars} of {@code text}. */
    int occurringIn(CharSequence text, int maxChars) {
      boolean[] seen = new boolean[slots.length];
      int occurring = 0;
      for (long gram : runs(text, n, maxChars)) {
        int at = slot(gram);
        if (slots[at] == gram && !seen[at]) {
          seen[at] = true;
          occurring++;
        }
      }
      return occurring;
    }

    /** Where {@code gram} is, or the empty slot where it would go. */
    private int slot(long gram) {
      int at = (int) (gram * 0x9E3779B97F4A7C15L >>> (64 - bits));
      while (slots[at] != 0 && slots[at] != gram) {
        at = (at + 1) & (slots.length - 1);
      }
      return at;
    }
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
