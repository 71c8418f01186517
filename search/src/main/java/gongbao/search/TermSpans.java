package gongbao.search;

import gongbao.ingest.analysis.IndexedCharacters;
import gongbao.ingest.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the query's terms occur in an article's text, for snippets and keyword-in-context lines. Terms are found as
 * the character fields match them: normalised, and on letters and digits alone, so {@code "劳模！"} marks 劳模 and
 * {@code "工会 驿站"} marks 工会驿站 as well as 工会、驿站 (the span then takes in the punctuation between). A term of
 * letters and digits only is looked for in the normalised text as it is (normalising keeps every offset), which is
 * where the index finds it too; only a term with spaces or punctuation needs the text's letters read apart.
 */
final class TermSpans {

  private TermSpans() {}

  /** Non-overlapping spans {@code [start, end)} of the original text, in text order, longer terms first at a tie. */
  static List<int[]> find(String text, List<String> terms) {
    String normalized = TextNormalizer.normalize(text);
    Letters letters = null;
    List<int[]> found = new ArrayList<>();
    for (String term : terms) {
      String written = TextNormalizer.normalize(term.strip());
      String needle = IndexedCharacters.of(written);
      if (needle.isEmpty()) {
        continue;
      }
      if (needle.equals(written)) {
        for (int at = normalized.indexOf(needle); at >= 0; at = normalized.indexOf(needle, at + needle.length())) {
          found.add(new int[] {at, at + needle.length()});
        }
      } else {
        letters = letters == null ? new Letters(normalized) : letters;
        letters.find(needle, found);
      }
    }
    found.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    List<int[]> disjoint = new ArrayList<>();
    int covered = -1;
    for (int[] span : found) {
      if (span[0] >= covered) {
        disjoint.add(span);
        covered = span[1];
      }
    }
    return disjoint;
  }

  /** The letters and digits of a normalised text, each with its offsets in the text. */
  private static final class Letters {

    private final String kept;
    private final int[] starts;
    private final int[] ends;

    Letters(String normalized) {
      char[] letters = new char[normalized.length()];
      starts = new int[normalized.length()];
      ends = new int[normalized.length()];
      int count = 0;
      for (int i = 0; i < normalized.length(); ) {
        int codePoint = normalized.codePointAt(i);
        int width = Character.charCount(codePoint);
        if (IndexedCharacters.isIndexed(codePoint)) {
          for (int j = i; j < i + width; j++) {
            starts[count] = i;
            ends[count] = i + width;
            letters[count++] = normalized.charAt(j);
          }
        }
        i += width;
      }
      kept = new String(letters, 0, count);
    }

    void find(String needle, List<int[]> found) {
      for (int at = kept.indexOf(needle); at >= 0; at = kept.indexOf(needle, at + needle.length())) {
        found.add(new int[] {starts[at], ends[at + needle.length() - 1]});
      }
    }
  }
}
