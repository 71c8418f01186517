package gongbao.ingest.extract.person;

import java.util.ArrayList;
import java.util.List;

/**
 * Mends names the segmenter cut two ways in one article: a three-character name read as its first two characters in
 * some mentions and its last two in others ({@code 杨国} and {@code 国禹} of 杨国禹) is the one name, and a two-character
 * name that only ever occurs as the tail of a longer name given ({@code 尚普} of 王尚普) is not one of its own. Only
 * where every mention of the pieces in the text lies inside the whole name.
 */
final class NameOverlaps {

  private NameOverlaps() {}

  /** {@code names} in order with the pieces of one name joined and the tails of longer names left out. */
  static List<String> mended(List<String> names, List<String> texts) {
    List<String> result = new ArrayList<>(names);
    for (int i = 0; i < result.size(); i++) {
      String head = result.get(i);
      for (int j = 0; j < result.size() && head.length() == 2; j++) {
        String tail = result.get(j);
        if (j != i && tail.length() == 2 && head.charAt(1) == tail.charAt(0)) {
          String whole = head + tail.charAt(1);
          if (onlyInside(head, whole, texts) && onlyInside(tail, whole, texts)) {
            result.set(i, whole);
            result.remove(j);
            i = -1; // start over: the joined name may take in a tail of its own
            break;
          }
        }
      }
    }
    result.removeIf(name -> result.stream().anyMatch(
        longer -> longer.length() > name.length() && longer.endsWith(name) && onlyInside(name, longer, texts)));
    return result.stream().distinct().toList();
  }

  /** True when {@code part} occurs in the texts and every occurrence lies inside an occurrence of {@code whole}. */
  private static boolean onlyInside(String part, String whole, List<String> texts) {
    int within = whole.indexOf(part);
    boolean found = false;
    for (String text : texts) {
      for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
        if (at < within || !text.startsWith(whole, at - within)) {
          return false;
        }
        found = true;
      }
    }
    return found;
  }
}
