package gongbao.ingest.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each pair of adjacent Chinese characters occurs on one page, counted once in one pass. A
 * line that ends with a character the page often follows with the first character of the next line was
 * most likely cut inside a word ({@code 中方院} + {@code 长梁爽表示}: 院长 occurs elsewhere on the page).
 */
final class CharacterPairs {

  private final Map<Integer, Integer> counts;

  CharacterPairs(List<PageLine> lines) {
    counts = new HashMap<>(TopicContinuity.capacityFor(lines.stream().mapToInt(line -> line.text().length()).sum()));
    for (PageLine line : lines) {
      String text = line.text();
      for (int i = 0; i + 1 < text.length(); i++) {
        if (TopicContinuity.isHan(text.charAt(i)) && TopicContinuity.isHan(text.charAt(i + 1))) {
          counts.merge(key(text.charAt(i), text.charAt(i + 1)), 1, Integer::sum);
        }
      }
    }
  }

  /** The number of times {@code second} directly follows {@code first} within a line of the page. */
  int count(char first, char second) {
    return counts.getOrDefault(key(first, second), 0);
  }

  private static int key(char first, char second) {
    return first << 16 | second;
  }
}
