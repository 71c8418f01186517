package gongbao.bench.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One saved news page's article as an archivist reads it ({@code news-html-gold.tsv}, written by reading the raw HTML):
 * headline, stated date, the first and last characters of its running text, the people it credits.
 */
record HtmlGold(
    String path, String title, @Nullable String date, String textStart, String textEnd, List<String> people) {

  private static final String RESOURCE = "news-html-gold.tsv";
  private static final String NONE = "-";

  static List<HtmlGold> load() throws IOException {
    List<HtmlGold> gold = new ArrayList<>();
    for (String[] cells : GoldRows.read(RESOURCE, 6)) {
      gold.add(new HtmlGold(cells[0], cells[1], cells[2].equals(NONE) ? null : cells[2], squeezed(cells[3]),
          squeezed(cells[4]), cells[5].equals(NONE) ? List.of() : List.of(cells[5].split("、"))));
    }
    return gold;
  }

  /** The text without white space of any kind, as the gold's snippets are written. */
  static String squeezed(@Nullable String text) {
    return text == null ? "" : text.replaceAll("[\\s\\u00A0\\u3000]+", "");
  }
}
