package gongbao.ingest.analysis;

/**
 * The characters the character fields index: letters, digits and ideographs ({@code 〇} too, a letter number as in
 * 二〇二四年). Everything else (punctuation, spaces, symbols, zero-width characters) is skipped by the index, and so
 * by a quoted phrase, the marks in results and the query parser's idea of a word with something to search for.
 */
public final class IndexedCharacters {

  private IndexedCharacters() {}

  public static boolean isIndexed(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || Character.isIdeographic(codePoint);
  }

  /** The indexed characters of {@code text}, in order. */
  public static String of(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(IndexedCharacters::isIndexed).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
