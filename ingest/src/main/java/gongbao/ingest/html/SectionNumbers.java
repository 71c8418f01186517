package gongbao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a web article sets on lines of their own to mark its sections ({@code 1}, {@code 2} … or {@code 01},
 * {@code 02}, or {@code 一}, {@code 二}), above each section's heading or first paragraph: page furniture, no text of
 * the article. A number counts as one only as part of the run the text's lone numbers make, counting up from one by
 * ones (a number the page repeats, {@code 1 2 3 3 4}, is let pass); lone numbers that do not (a {@code 3} answering the
 * line above it) are text.
 */
final class SectionNumbers {

  private static final Pattern NUMBER = Pattern.compile("0?([1-9]\\d?)|([一二三四五六七八九十])");
  private static final String CHINESE_DIGITS = "一二三四五六七八九十";

  private SectionNumbers() {}

  /** The lines without the numbers of their sections; all of them when their lone numbers do not count 1, 2, 3 …. */
  static List<HtmlLines.Line> dropped(List<HtmlLines.Line> lines) {
    List<Integer> numbered = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (value(lines.get(i).text()) > 0) {
        numbered.add(i);
      }
    }
    int last = 0;
    for (int i : numbered) {
      int number = value(lines.get(i).text());
      boolean alone = i + 1 < lines.size() && value(lines.get(i + 1).text()) == 0 && !lines.get(i).listItem();
      if (!alone || number != last + 1 && (number != last || last == 0)) {
        return lines;
      }
      last = number;
    }
    if (last < 2) {
      return lines;
    }
    List<HtmlLines.Line> kept = new ArrayList<>(lines);
    for (int k = numbered.size() - 1; k >= 0; k--) {
      kept.remove((int) numbered.get(k));
    }
    return kept;
  }

  /** The number a line is made of, or 0 when it is not a bare number. */
  private static int value(String line) {
    Matcher m = NUMBER.matcher(line);
    if (!m.matches()) {
      return 0;
    }
    return m.group(1) != null ? Integer.parseInt(m.group(1)) : CHINESE_DIGITS.indexOf(m.group(2)) + 1;
  }
}
