package gongbao.ingest.analysis;

/**
 * Cuts long text into pieces of bounded length so that segmentation cost stays linear however long a
 * paragraph is. Prefers to cut after sentence punctuation or whitespace near the limit, and cuts
 * hard when none is found (10,000 × 哈).
 */
final class TextPieces {

  static final int MAX_PIECE_CHARS = 512;
  private static final int LOOK_BACK_CHARS = 128;

  private TextPieces() {}

  /** The end (exclusive) of the piece that starts at {@code start}. */
  static int pieceEnd(CharSequence text, int start, int length) {
    int limit = start + MAX_PIECE_CHARS;
    if (limit >= length) {
      return length;
    }
    for (int i = limit; i > limit - LOOK_BACK_CHARS; i--) {
      if (isBreak(text.charAt(i - 1))) {
        return i;
      }
    }
    if (Character.isHighSurrogate(text.charAt(limit - 1))) {
      return limit - 1;
    }
    return limit;
  }

  private static boolean isBreak(char c) {
    return c == '。' || c == '!' || c == '?' || c == ';' || c == ',' || c == '，' || c == '；'
        || c == '\n' || c == ' ';
  }
}
