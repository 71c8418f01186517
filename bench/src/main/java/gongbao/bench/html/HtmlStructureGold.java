package gongbao.bench.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What some saved news pages show of their article's structure ({@code news-html-structure.tsv}, written by reading the
 * raw HTML): all the photos' captions, all the subheads, and boundaries between blocks that the article must keep.
 *
 * @param captions null when the gold does not list the page's captions
 * @param subheads null when the gold does not list the page's subheads
 */
record HtmlStructureGold(@Nullable Set<String> captions, @Nullable Set<String> subheads, List<Break> breaks) {

  /** The end of a block and the start of the block after it, white space removed. */
  record Break(String end, String start) {}

  private static final String RESOURCE = "news-html-structure.tsv";
  private static final String NONE = "-";

  /** The gold by page path. */
  static Map<String, HtmlStructureGold> load() throws IOException {
    Map<String, Set<String>> captions = new HashMap<>();
    Map<String, Set<String>> subheads = new HashMap<>();
    Map<String, List<Break>> breaks = new HashMap<>();
    for (String[] cells : GoldRows.read(RESOURCE, 3)) {
      String line = String.join("\t", cells);
      if (cells.length != 3) {
        throw new IOException(RESOURCE + ": expected 3 cells in " + line);
      }
      String path = cells[0];
      String text = HtmlGold.squeezed(cells[2]);
      switch (cells[1]) {
        case "caption" -> addItem(captions, path, text);
        case "subhead" -> addItem(subheads, path, text);
        case "break" -> {
          String[] halves = text.split("\\|", -1);
          if (halves.length != 2 || halves[0].isEmpty() || halves[1].isEmpty()) {
            throw new IOException(RESOURCE + ": a break is end|start: " + line);
          }
          breaks.computeIfAbsent(path, p -> new ArrayList<>()).add(new Break(halves[0], halves[1]));
        }
        default -> throw new IOException(RESOURCE + ": unknown kind " + cells[1] + " in " + line);
      }
    }
    Set<String> paths = new LinkedHashSet<>(captions.keySet());
    paths.addAll(subheads.keySet());
    paths.addAll(breaks.keySet());
    Map<String, HtmlStructureGold> gold = new HashMap<>();
    for (String path : paths) {
      List<Break> gaps = breaks.getOrDefault(path, List.of());
      gold.put(path, new HtmlStructureGold(captions.get(path), subheads.get(path), gaps));
    }
    return gold;
  }

  private static void addItem(Map<String, Set<String>> items, String path, String text) {
    Set<String> listed = items.computeIfAbsent(path, p -> new LinkedHashSet<>());
    if (!text.equals(NONE)) {
      listed.add(text);
    }
  }
}
