package gongbao.ingest.article;

/** Questions about the punctuation at the ends of a line of Chinese text. Constant time. */
final class Punctuation {

  private static final String CLOSERS = "”’」』）)】》\"'";
  private static final String SENTENCE_ENDS = "。！？!?…；;.";
  /** Round brackets that open, full-width and ASCII. */
  static final String BRACKET_OPENS = "（(";
  /** Round brackets that close, full-width and ASCII. */
  static final String BRACKET_CLOSES = "）)";
  private static final int MAX_DASH_SIGNATURE_CHARS = 10;
  /** How far from the end the bracket of a closing note may open; further up, it was opened inside a paragraph. */
  private static final int MAX_NOTE_CHARS = 40;
  /**
   * How far from the end the bracket of a column's name may open: with its series it can be long ({@code
   * （守初心 担使命 找差距 抓落实·深入开展“不忘初心、牢记使命”主题教育·记者观察）}, 42 characters).
   */
  private static final int MAX_COLUMN_CHARS = 50;

  private Punctuation() {}

  /** True when the text ends a sentence: 。！？… or ；, possibly followed by closing quotes or brackets. */
  static boolean endsSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 && !endsOnDecimalPoint(text);
  }

  /** True when the text ends on a point after a digit ({@code …为85.} + {@code 7分。}): a number cut in two, no full stop. */
  static boolean endsOnDecimalPoint(CharSequence text) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '.' && Character.isDigit(text.charAt(n - 2));
  }

  /**
   * True when a paragraph is complete: it ends a sentence, ends with a bracketed note such as
   * {@code （本报约翰内斯堡电）} or {@code （作者为…）}, or is a signature after a dash ({@code ——编 者}).
   */
  static boolean endsParagraph(CharSequence text) {
    return endsSentence(text) || endsWithBracketedNote(text) || isDashSignature(text);
  }

  /**
   * True when a sentence is signed on its own line's end by a dash and a name, as a quotation closing a text is ({@code
   * …多陪陪家人”。——汪勇}): the paragraph is complete though it does not end on a stop.
   */
  static boolean endsWithSignedSentence(String text) {
    int dash = text.lastIndexOf("——");
    return dash > 0 && isDashSignature(text.substring(dash)) && endsSentence(text.substring(0, dash).strip());
  }

  /** True when the line ends with a colon, full-width or not: a label waiting for what it labels ({@code 推荐读物：}). */
  static boolean endsWithColon(String line) {
    return !line.isEmpty() && isColon(line.charAt(line.length() - 1));
  }

  /** A colon, full-width or not. */
  static boolean isColon(char c) {
    return c == '：' || c == ':';
  }

  /**
   * A dash and a name of two or three characters ({@code ——习近平}, {@code ——编 者}), the narrowest {@link #isDashSignature}:
   * who said the quotation above, never a subtitle. Of the rmrb lines of a dash and at most eight characters, 106 are
   * paragraphs and 11 subtitles, all of these four characters or more ({@code ——元旦献词}, {@code ——写在五四青年节}).
   */
  static boolean isDashNameSignature(String line) {
    if (!isDashSignature(line) || line.charAt(2) == '@') {
      return false;
    }
    int han = 0;
    for (int i = 2; i < line.length(); i++) {
      han += HanGrams.isHan(line.charAt(i)) ? 1 : 0;
    }
    return han >= 2 && han <= 3;
  }

  /**
   * A short line opening with a dash that signs the text above it: {@code ——编者}, {@code ——编 者}, or a reader's handle
   * under a comment quoted from the web ({@code ——@心无旁骛}, {@code ——@qq2020}).
   */
  static boolean isDashSignature(CharSequence text) {
    if (text.length() > MAX_DASH_SIGNATURE_CHARS || text.length() < 4 || text.charAt(0) != '—' || text.charAt(1) != '—') {
      return false;
    }
    boolean handle = text.charAt(2) == '@';
    for (int i = handle ? 3 : 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!HanGrams.isHan(c) && !Character.isSpaceChar(c) && !(handle && (c < 128 && Character.isLetterOrDigit(c) || c == '_'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the text ends inside a pair it opened: a character of {@code opens} not closed by the character
   * of {@code closes} at the same position. A closer with nothing open (the end of a pair begun on an earlier
   * line) closes nothing.
   */
  static boolean leavesOpen(CharSequence text, String opens, String closes) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (opens.indexOf(c) >= 0) {
        depth++;
      } else if (closes.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  static boolean opensWithBracket(CharSequence text) {
    return text.length() > 0 && (text.charAt(0) == '（' || text.charAt(0) == '(');
  }

  static boolean closesWithBracket(CharSequence text) {
    return text.length() > 0 && (text.charAt(text.length() - 1) == '）' || text.charAt(text.length() - 1) == ')');
  }

  /** A line that is one note in brackets: {@code （新华社北京2月19日电）}, {@code （本报记者马力采访整理）}. */
  static boolean isBracketedNote(CharSequence text) {
    return opensWithBracket(text) && closesWithBracket(text);
  }

  /** A headline that ends with its column in brackets: {@code 技术迭代打开无限想象力（人民观点）}. */
  static boolean endsWithColumnInBrackets(CharSequence text) {
    return !opensWithBracket(text) && closesWithBracket(text) && bracketOpensWithin(text, MAX_COLUMN_CHARS);
  }

  /**
   * True when the text ends with {@code （…）} opened within its last {@value #MAX_NOTE_CHARS} characters, or is all
   * one bracket: a closing note of staff can be long ({@code （本报记者屈佩、周翰博、…、韩硕）}).
   */
  static boolean endsWithBracketedNote(CharSequence text) {
    if (!closesWithBracket(text)) {
      return false;
    }
    if (opensWithBracket(text)) {
      return true;
    }
    return bracketOpensWithin(text, MAX_NOTE_CHARS);
  }

  /** True when a round bracket opens within the last {@code chars} characters of the text, its last one aside. */
  private static boolean bracketOpensWithin(CharSequence text, int chars) {
    for (int i = text.length() - 2; i >= Math.max(0, text.length() - chars); i--) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        return true;
      }
    }
    return false;
  }

  /** True when the text ends in a way a headline cannot: 。 or ；, or a sentence end inside quotes. */
  static boolean endsLikeProse(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '。' || last == '；' || last == ';' || last == '，' || last == ',' || last == '、' || last == '：'
        || last == ':') {
      return true;
    }
    return text.length() >= 2 && CLOSERS.indexOf(last) >= 0 && endsSentence(text);
  }

  /** True when a sentence ends somewhere inside the text, not only at its end. */
  static boolean hasInnerSentenceEnd(String text, int limit) {
    int end = Math.min(text.length() - 1, limit);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '；') {
        return true;
      }
    }
    return false;
  }

  /** True when the text ends with a dash, as kickers do ({@code ……——}). */
  static boolean endsWithDash(String text) {
    return text.endsWith("——") || text.endsWith("—") || text.endsWith("--");
  }

  /** The number of characters before the first comma, 、, ： or sentence end; -1 if none in the first {@code limit}. */
  static int firstPauseAt(String text, int limit) {
    int end = Math.min(text.length(), limit);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '。' || c == '：' || c == ':' || c == '；') {
        return i;
      }
    }
    return -1;
  }
}
