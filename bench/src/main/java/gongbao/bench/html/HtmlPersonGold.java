package gongbao.bench.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The persons a saved news page's article names ({@code news-html-persons.tsv}, written by reading the article's text):
 * the names in Chinese form that recall counts, and other names of persons (transliterations, nicknames, 王某) that
 * are right when given but not required.
 */
record HtmlPersonGold(String path, Set<String> names, Set<String> alsoRight) {

  private static final String RESOURCE = "news-html-persons.tsv";
  private static final String NONE = "-";

  static List<HtmlPersonGold> load() throws IOException {
    List<HtmlPersonGold> gold = new ArrayList<>();
    for (String[] cells : GoldRows.read(RESOURCE, 3)) {
      gold.add(new HtmlPersonGold(cells[0], names(cells[1]), names(cells[2])));
    }
    return gold;
  }

  private static Set<String> names(String cell) throws IOException {
    if (cell.equals(NONE)) {
      return Set.of();
    }
    List<String> names = List.of(cell.split("、"));
    if (names.size() != Set.copyOf(names).size()) {
      throw new IOException(RESOURCE + ": a name listed twice in " + cell);
    }
    return Set.copyOf(names);
  }
}
