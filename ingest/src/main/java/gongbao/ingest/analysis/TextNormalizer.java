package gongbao.ingest.analysis;

/**
 * Length-preserving normalisation applied before analysis, so token offsets stay true to the original
 * text: full-width ASCII to half-width, the ideographic space to a space, ASCII letters to lower case,
 * stray traditional characters to simplified ({@link TraditionalToSimplified}). Every step maps one
 * {@code char} to one {@code char}. Index and query text go through the same steps.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static char normalize(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    } else if (c == '\u3000') {
      return ' ';
    }
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return TraditionalToSimplified.simplify(c);
  }

  /** Normalises {@code chars[0..length)} in place. */
  public static void normalize(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      chars[i] = normalize(chars[i]);
    }
  }

  /** Only the stray traditional characters of {@code text} to simplified; case and widths kept, for exact values. */
  public static String simplified(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = chars[i] < 0x80 ? chars[i] : TraditionalToSimplified.simplify(chars[i]);
    }
    return new String(chars);
  }

  public static String normalize(String text) {
    char[] chars = text.toCharArray();
    normalize(chars, chars.length);
    return new String(chars);
  }
}
