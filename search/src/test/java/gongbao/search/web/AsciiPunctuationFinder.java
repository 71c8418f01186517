package gongbao.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds ASCII punctuation where Chinese prose wants the full-width form (GB/T 15834: ，；：（）！？) in what a page
 * shows or reads out: its text, run together across inline elements as it reads ({@code <a>报道趋势</a>,或}), and
 * the attributes a reader sees or hears. Text that shows what is typed, or code, is left out: {@code <code>},
 * {@code <kbd>}, a form's values and the GB/T 7714 citation, whose own style is ASCII.
 */
final class AsciiPunctuationFinder {

  /**
   * A mark after a Han character; or before one, after anything but a Latin letter or digit (typed syntax such as
   * {@code title:劳模}), a space or the start of a text (a query the reader typed, such as {@code (劳模}, echoed).
   */
  private static final Pattern MISPLACED =
      Pattern.compile("\\p{IsHan}[,;:()!?]|(?<=[^\\p{IsLatin}\\d\\s])[,;:()!?](?=\\p{IsHan})");
  private static final String TYPED_OR_CODE = "code, kbd, samp, textarea, #citation-text";
  private static final List<String> SHOWN_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt");
  private static final int CONTEXT_CHARS = 8;

  private AsciiPunctuationFinder() {}

  /** Each mark found, with the text around it. */
  static List<String> find(String html) {
    Document page = Jsoup.parse(html);
    StringBuilder text = new StringBuilder();
    List<String> found = new ArrayList<>();
    collect(page, text, found);
    found.addAll(misplaced(text.toString(), ""));
    return found;
  }

  /** Appends the element's text to {@code text}, a line apart at each block, and checks its attributes. */
  private static void collect(Element element, StringBuilder text, List<String> found) {
    if (element.is(TYPED_OR_CODE)) {
      text.append('\n');
      return;
    }
    for (String attribute : SHOWN_ATTRIBUTES) {
      if (element.hasAttr(attribute)) {
        found.addAll(misplaced(element.attr(attribute), attribute + "="));
      }
    }
    boolean block = element.isBlock();
    if (block) {
      text.append('\n');
    }
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode textNode) {
        text.append(textNode.text());
      } else if (child instanceof Element childElement) {
        collect(childElement, text, found);
      }
    }
    if (block) {
      text.append('\n');
    }
  }

  private static List<String> misplaced(String text, String where) {
    List<String> found = new ArrayList<>();
    Matcher mark = MISPLACED.matcher(text);
    while (mark.find()) {
      int from = Math.max(0, mark.start() - CONTEXT_CHARS);
      int to = Math.min(text.length(), mark.end() + CONTEXT_CHARS);
      found.add(where + "\u2026" + text.substring(from, to).replace('\n', '|') + "\u2026");
    }
    return found;
  }
}
