package gongbao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** An article's lines as an HTML page shows them, the site's own lines left out, and the page text they make. */
final class ArticleLines {

  private static final int MIN_BLOCK_CHARS = 2;
  /** The share of a headline's character pairs a line above the text must have to give it again. */
  private static final double MOSTLY = 0.6;
  /** Characters of text that must come before a line introducing other stories ends the text. */
  private static final int MIN_TEXT_BEFORE_END = 100;

  private ArticleLines() {}

  /**
   * The lines an element shows, leaving out link lists, the site's own lines ({@link WebBoilerplate}), the headline
   * where the body gives it again above its text, and everything from a line that introduces other stories or comments
   * once some text has come ({@code 相关新闻} links above a text are not its end).
   */
  static List<String> of(Element body, @Nullable String headline) {
    List<String> lines = new ArrayList<>();
    int chars = 0;
    for (HtmlLines.Line line : HtmlLines.of(body)) {
      String text = WebBoilerplate.withoutTrailingLink(line.text());
      if (chars >= MIN_TEXT_BEFORE_END && WebBoilerplate.endsText(text)) {
        break;
      }
      if (!line.mostlyLinks() && !WebBoilerplate.isBoilerplate(text) && !text.isEmpty()
          && !(lines.isEmpty() && repeatsHeadline(text, headline))) {
        lines.add(text);
        chars += text.length();
      }
    }
    return lines;
  }

  /**
   * The line above the text gives the headline again: as it is, with a label ({@code 原创}), or in a variant wording
   * (most of the headline's character pairs, in a line not much longer).
   */
  private static boolean repeatsHeadline(String line, @Nullable String headline) {
    if (headline == null || headline.length() < 2 || line.length() > headline.length() * 3 / 2 + 2
        || line.contains("。") || line.contains("摄")) { // a caption of the story's photo is text
      return false;
    }
    if (line.contains(headline)) {
      return true;
    }
    int pairs = headline.length() - 1;
    int shared = 0;
    for (int i = 0; i < pairs; i++) {
      if (line.contains(headline.substring(i, i + 2))) {
        shared++;
      }
    }
    return shared >= pairs * MOSTLY;
  }

  /** Appends the lines, a block each. */
  static void append(StringBuilder text, List<String> lines) {
    lines.forEach(line -> append(text, line));
  }

  /** Appends a block; a lone character is kept only under text (above it, it is a label). */
  static void append(StringBuilder text, String block) {
    String trimmed = block.replace('\u00A0', ' ').strip();
    if (trimmed.length() >= MIN_BLOCK_CHARS || !trimmed.isEmpty() && !text.isEmpty()) {
      text.append(trimmed).append("\n\n");
    }
  }}
