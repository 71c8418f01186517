package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-empty line of a page, with spaces normalised (full-width and no-break spaces become one
 * ASCII space, runs collapse), and where its raw text lies in the page.
 *
 * @param tight true when the line follows the previous non-empty line without a blank line between
 */
record PageLine(String text, int start, int end, boolean tight) {

  /** The non-empty lines of {@code page}, in order; one pass over the text. */
  static List<PageLine> linesOf(String page) {
    List<PageLine> lines = new ArrayList<>();
    int pos = 0;
    boolean previousBlank = true;
    int length = page.length();
    while (pos <= length) {
      int nl = page.indexOf('\n', pos);
      int end = nl < 0 ? length : nl;
      int first = pos;
      while (first < end && isSpace(page.charAt(first))) {
        first++;
      }
      int last = end;
      while (last > first && isSpace(page.charAt(last - 1))) {
        last--;
      }
      if (first < last) {
        lines.add(new PageLine(normalise(page, first, last), first, last, !previousBlank));
        previousBlank = false;
      } else {
        previousBlank = true;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return lines;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  private static String normalise(String page, int from, int to) {
    StringBuilder text = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = page.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space) {
          text.append(' ');
          space = false;
        }
        text.append(c);
      }
    }
    return text.toString();
  }
}
