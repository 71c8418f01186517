package gongbao.ingest.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How often each pair of adjacent Chinese characters occurs on one page, counted in one pass the first
 * time a pair is asked for (most pages never ask). A line that ends with a character the page often
 * follows with the first character of the next line was most likely cut inside a word ({@code 中方院} +
 * {@code 长梁爽表示}: 院长 occurs elsewhere on the page).
 */
final class CharacterPairs {

  private final List<PageLine> lines;
  private @Nullable Map<Integer, Integer> counts;

  CharacterPairs(List<PageLine> lines) {
    this.lines = lines;
  }

  /** The number of times {@code second} directly follows {@code first} within a line of the page. */
  int count(char first, char second) {
    if (counts == null) {
      counts = countPairs(lines);
    }
    return counts.getOrDefault(key(first, second), 0);
  }

  private static Map<Integer, Integer> countPairs(List<PageLine> lines) {
    Map<Integer, Integer> counts =
        new HashMap<>(HanGrams.capacityFor(lines.stream().mapToInt(line -> line.text().length()).sum()));
    for (PageLine line : lines) {
      String text = line.text();
      for (int i = 0; i + 1 < text.length(); i++) {
        if (HanGrams.isHan(text.charAt(i)) && HanGrams.isHan(text.charAt(i + 1))) {
          counts.merge(key(text.charAt(i), text.charAt(i + 1)), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static int key(char first, char second) {
    return first << 16 | second;
  }
}
