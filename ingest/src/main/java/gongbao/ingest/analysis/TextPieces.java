package gongbao.ingest.analysis;

/**
 * Cuts text into pieces for the segmenter: each line on its own (HanLP reads a piece as one sequence, so the line
 * before one could change its words: 雷越岚 at a line's start was 雷/越/岚 after a question), and a long line into
 * pieces of bounded length so that segmentation cost stays linear however long a paragraph is. Prefers to cut a long
 * line after sentence punctuation or whitespace near the limit, and cuts hard when none is found (10,000 × 哈).
 */
final class TextPieces {

  static final int MAX_PIECE_CHARS = 512;
  private static final int LOOK_BACK_CHARS = 128;

  private TextPieces() {}

  /** The end (exclusive) of the piece that starts at {@code start}. */
  static int pieceEnd(CharSequence text, int start, int length) {
    int limit = start + MAX_PIECE_CHARS;
    for (int i = start; i < Math.min(limit, length); i++) {
      if (text.charAt(i) == '\n') {
        return i + 1; // a line is segmented on its own: the line before it does not change its words
      }
    }
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
