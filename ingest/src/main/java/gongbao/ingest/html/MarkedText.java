package gongbao.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An article's page text as a file's markup gives it, a block a line separated by blank lines, and what the markup
 * shows each line to be ({@link LineMark}), keyed as {@link ArticleMarkup#markOf} looks it up.
 */
final class MarkedText {

  private static final int MIN_BLOCK_CHARS = 2;

  private final StringBuilder text = new StringBuilder();
  private final Map<String, LineMark> marks = new HashMap<>();

  /** Appends the lines, a block each, marked as the markup shows them. */
  void addAll(List<HtmlLines.Line> lines) {
    List<@Nullable LineMark> marked = LineMarks.of(lines);
    for (int i = 0; i < lines.size(); i++) {
      add(lines.get(i).text(), marked.get(i));
    }
  }

  /** Appends a block; a lone character is kept only under text (above it, it is a label). */
  void add(String block, @Nullable LineMark mark) {
    String trimmed = block.replace('\u00A0', ' ').strip();
    if (trimmed.length() >= MIN_BLOCK_CHARS || !trimmed.isEmpty() && !text.isEmpty()) {
      text.append(trimmed).append("\n\n");
      if (mark != null) {
        marks.putIfAbsent(HtmlLines.squeezed(trimmed), mark);
      }
    }
  }

  String text() {
    return text.toString();
  }

  Map<String, LineMark> marks() {
    return marks;
  }
}
