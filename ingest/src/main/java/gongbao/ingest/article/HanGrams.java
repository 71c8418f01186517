package gongbao.ingest.article;

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
    if (n < 1 || n > 4) {
      throw new IllegalArgumentException("runs of 1 to 4 characters, not " + n);
    }
    int end = Math.min(text.length(), maxChars);
    Set<Long> grams = new HashSet<>(capacityFor(end)); // sized once: growing it was most of the cost
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
        grams.add(n == 4 ? gram : gram & ((1L << 16 * n) - 1));
      }
    }
    return grams;
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
