package gongbao.search.web;

import gongbao.search.BadRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Checks the percent-escapes of a raw query string or form body. Jetty drops a parameter whose escapes are malformed ({@code q=%zz})
 * without a word, so that a search for it answered "parameter 'q' is required" and an export of it the whole archive,
 * and reads escapes that are not UTF-8 ({@code %E5%8A%B3%E6%A8}, 劳模 cut short) as U+FFFD, so that a search for 劳
 * answered one for 劳模; such a request is refused here instead, naming the escape.
 */
final class PercentEscapes {

  private PercentEscapes() {}

  /**
   * Throws {@link BadRequestException} at the first {@code %} not followed by two hexadecimal digits, or at the first
   * run of escapes whose bytes are not UTF-8.
   */
  static void check(@Nullable String rawQueryString) {
    check(rawQueryString, "the query string");
  }

  /** As {@link #check(String)}, for {@code what}: "the query string", "the form body". */
  static void check(@Nullable String raw, String what) {
    if (raw == null) {
      return;
    }
    for (int at = raw.indexOf('%'); at >= 0; ) {
      int end = at;
      while (end < raw.length() && raw.charAt(end) == '%') {
        if (end + 2 >= raw.length() || !isHex(raw.charAt(end + 1))
            || !isHex(raw.charAt(end + 2))) {
          String escape = raw.substring(end, Math.min(raw.length(), end + 3));
          throw new BadRequestException(what + " has a malformed percent-escape '" + escape
              + "' at character " + (end + 1)
              + "; a % must be followed by two hexadecimal digits (write % itself as %25)");
        }
        end += 3;
      }
      checkUtf8(raw, at, end, what);
      at = raw.indexOf('%', end);
    }
  }

  /** The escapes {@code raw[from, to)} must spell UTF-8 text. */
  private static void checkUtf8(String raw, int from, int to, String what) {
    byte[] bytes = new byte[(to - from) / 3];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(raw.substring(from + 3 * i + 1, from + 3 * i + 3), 16);
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new BadRequestException(what + "'s percent-escapes '" + raw.substring(from, to) + "' at character "
          + (from + 1) + " are not UTF-8 text (cut short, or in another encoding); send the parameters in UTF-8");
    }
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
