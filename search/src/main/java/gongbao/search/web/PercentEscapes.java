package gongbao.search.web;

import gongbao.search.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a raw query string's percent-escapes. Jetty drops a parameter whose escapes are malformed ({@code q=%zz})
 * without a word, so that a search for it answered "parameter 'q' is required" and an export of it the whole archive;
 * such a request is refused here instead, naming the escape.
 */
final class PercentEscapes {

  private PercentEscapes() {}

  /** Throws {@link BadRequestException} at the first {@code %} not followed by two hexadecimal digits. */
  static void check(@Nullable String rawQueryString) {
    if (rawQueryString == null) {
      return;
    }
    for (int at = rawQueryString.indexOf('%'); at >= 0; at = rawQueryString.indexOf('%', at + 1)) {
      if (at + 2 >= rawQueryString.length() || !isHex(rawQueryString.charAt(at + 1))
          || !isHex(rawQueryString.charAt(at + 2))) {
        String escape = rawQueryString.substring(at, Math.min(rawQueryString.length(), at + 3));
        throw new BadRequestException("the query string has a malformed percent-escape '" + escape + "' at character "
            + (at + 1) + "; a % must be followed by two hexadecimal digits (write % itself as %25)");
      }
    }
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
