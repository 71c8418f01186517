package gongbao.ingest.article;

import java.util.HashSet;
import java.util.Set;

/**
 * How much text that follows a headline-like line shares with the article above it: the share of the
 * following text's distinct Chinese character pairs that also occur above. A subhead continues its
 * article's topic; a new headline usually starts another. Inputs are bounded by the caller.
 */
final class TopicContinuity {

  private TopicContinuity() {}

  static double score(String above, String below) {
    Set<Integer> abovePairs = pairs(above);
    Set<Integer> belowPairs = pairs(below);
    if (belowPairs.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (Integer pair : belowPairs) {
      if (abovePairs.contains(pair)) {
        shared++;
      }
    }
    return shared / (double) belowPairs.size();
  }

  static Set<Integer> pairs(String text) {
    Set<Integer> pairs = new HashSet<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      if (isHan(a) && isHan(b)) {
        pairs.add((a << 16) | b);
      }
    }
    return pairs;
  }

  static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }
}
