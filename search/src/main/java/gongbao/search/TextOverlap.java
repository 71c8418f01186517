package gongbao.search;

import gongbao.ingest.analysis.IndexedCharacters;
import gongbao.ingest.analysis.TextNormalizer;
import java.util.Arrays;

/**
 * How much of a draft an article prints: the share of the draft's runs of {@value #GRAM} characters that occur in the
 * article, and the longest passage of the draft whose every run does. Only the characters the index keeps count
 * (letters, digits, ideographs, normalised as the index normalises them), so punctuation, spacing, full-width forms and
 * traditional characters do not hide a reprint. Linear in the draft and the article but for a sort of each.
 */
final class TextOverlap {

  /** Four characters: two-character words recur everywhere, a run of four rarely outside the same sentence. */
  static final int GRAM = 4;
  /** The passage shown is cut to this many characters of the draft. */
  static final int MAX_PASSAGE_CHARS = 200;

  /** What one article prints of the draft. */
  record Overlap(double share, int passageChars, String passage) {}

  private final String draft;
  /** For each kept character of the draft, where it starts and ends in the draft. */
  private final int[] starts;
  private final int[] ends;
  /** The run of {@value #GRAM} kept characters starting at each kept character (all but the last three). */
  private final long[] grams;
  private final long[] distinctGrams;

  TextOverlap(String draft) {
    this.draft = draft;
    String normalized = TextNormalizer.normalize(draft);
    int[] keptStarts = new int[normalized.length()];
    int[] keptEnds = new int[normalized.length()];
    int[] kept = new int[normalized.length()];
    int count = 0;
    for (int i = 0; i < normalized.length(); ) {
      int codePoint = normalized.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (IndexedCharacters.isIndexed(codePoint)) {
        keptStarts[count] = i;
        keptEnds[count] = next;
        kept[count++] = Character.toLowerCase(codePoint);
      }
      i = next;
    }
    starts = Arrays.copyOf(keptStarts, count);
    ends = Arrays.copyOf(keptEnds, count);
    grams = grams(kept, count);
    distinctGrams = Arrays.stream(grams).sorted().distinct().toArray();
  }

  /** The draft as given. */
  String text() {
    return draft;
  }

  /** The draft's characters that the index keeps: what the share is a share of. */
  int characters() {
    return starts.length;
  }

  Overlap in(String articleText) {
    if (distinctGrams.length == 0) {
      return new Overlap(0, 0, "");
    }
    String normalized = IndexedCharacters.of(TextNormalizer.normalize(articleText));
    int[] kept = normalized.codePoints().map(Character::toLowerCase).toArray();
    long[] printed = grams(kept, kept.length);
    Arrays.sort(printed);
    int found = 0;
    for (long gram : distinctGrams) {
      if (Arrays.binarySearch(printed, gram) >= 0) {
        found++;
      }
    }
    int bestStart = 0;
    int bestLength = 0;
    int runStart = 0;
    for (int i = 0; i <= grams.length; i++) {
      if (i < grams.length && Arrays.binarySearch(printed, grams[i]) >= 0) {
        continue;
      }
      if (i - runStart > bestLength) {
        bestStart = runStart;
        bestLength = i - runStart;
      }
      runStart = i + 1;
    }
    return new Overlap((double) found / distinctGrams.length, bestLength == 0 ? 0 : bestLength + GRAM - 1,
        passage(bestStart, bestLength));
  }

  /** The draft's text from the first character of the run of grams to the last, cut to {@link #MAX_PASSAGE_CHARS}. */
  private String passage(int firstGram, int gramCount) {
    if (gramCount == 0) {
      return "";
    }
    int from = starts[firstGram];
    int to = ends[firstGram + gramCount + GRAM - 2];
    if (to - from <= MAX_PASSAGE_CHARS) {
      return draft.substring(from, to);
    }
    int cut = from + MAX_PASSAGE_CHARS;
    return draft.substring(from, Character.isLowSurrogate(draft.charAt(cut)) ? cut - 1 : cut) + "…";
  }

  /** Each run of {@value #GRAM} characters as one number (a hash: two runs that differ collide about never). */
  private static long[] grams(int[] characters, int count) {
    long[] grams = new long[Math.max(0, count - GRAM + 1)];
    for (int i = 0; i < grams.length; i++) {
      long gram = 0;
      for (int j = i; j < i + GRAM; j++) {
        gram = gram * 0x9E3779B97F4A7C15L + characters[j] + 1;
      }
      grams[i] = gram;
    }
    return grams;
  }
}
