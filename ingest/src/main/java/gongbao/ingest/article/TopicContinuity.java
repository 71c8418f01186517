package gongbao.ingest.article;

import java.util.HashSet;
import java.util.Set;

/**
 * How much text that follows a headline-like line shares with the article above it: the share of the
 * following text's distinct runs of three Chinese characters that also occur above. A subhead continues its
 * article's topic; a new headline usually starts another. Inputs are bounded by the caller.
 */
final class TopicContinuity {

  private TopicContinuity() {}

  static double score(String above, String below) {
    Set<Long> aboveTriples = triples(above);
    Set<Long> belowTriples = triples(below);
    if (belowTriples.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (Long triple : belowTriples) {
      if (aboveTriples.contains(triple)) {
        shared++;
      }
    }
    return shared / (double) belowTriples.size();
  }

  static Set<Long> triples(String text) {
    Set<Long> triples = new HashSet<>(capacityFor(text.length())); // sized once: growing it was most of the cost
    for (int i = 0; i + 2 < text.length(); i++) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      char c = text.charAt(i + 2);
      if (isHan(a) && isHan(b) && isHan(c)) {
        triples.add(((long) a << 32) | ((long) b << 16) | c);
      }
    }
    return triples;
  }

  /** A hash table capacity that holds {@code entries} without growing (at most 2^16 to start with). */
  static int capacityFor(int entries) {
    return (int) (Math.min(entries, 1 << 16) / 0.75f) + 1;
  }

  static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }
}
