package gongbao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The lines an element shows, in document order, broken as a browser breaks them: at the edge of every block element
 * and at every {@code br}, so that a body written as paragraphs and one written as text with line breaks read alike.
 * Each line knows how many of its characters are link text, which tells a list of links (related stories, navigation)
 * from text. Elements hidden by an inline {@code display:none} are skipped. Walks the tree without recursion, so any
 * depth of nesting reads.
 */
final class HtmlLines {

  /**
   * A line of text, how many of its characters (spaces aside) stand inside links, whether it is a list's item, and how
   * the markup shows it.
   */
  record Line(String text, int linkChars, boolean listItem, Set<LineStyles.Style> styles) {

    Line {
      styles = Set.copyOf(styles);
    }

    /** More than half of the line is link text. */
    boolean mostlyLinks() {
      return linkChars * 2 > visibleChars(text);
    }

    /** The line with its text cut down to {@code shorter}, of which {@code linkChars} characters are link text. */
    Line cutTo(String shorter, int linkChars) {
      return new Line(shorter, linkChars, listItem, styles);
    }
  }

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "body", "html", "center", "form",
      "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2",
      "h3", "h4", "h5", "h6", "pre", "blockquote", "figure", "figcaption", "address", "hr", "br", "video", "audio");

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  private HtmlLines() {}

  static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  static boolean hidden(Element element) {
    String style = element.attr("style");
    return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
  }

  /** The text without any white space (NBSP and the ideographic space count as space): for comparing headlines. */
  static String squeezed(String text) {
    return ANY_SPACE.matcher(text).replaceAll("");
  }

  /** Characters that are not white space (NBSP and the ideographic space count as space). */
  static int visibleChars(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
        count++;
      }
    }
    return count;
  }

  static List<Line> of(Element root) {
    Collector collector = new Collector();
    NodeTraversor.filter(collector, root);
    collector.endLine();
    return collector.lines;
  }

  /** Set between the text of two blocks or around a link's, so that a run of names never reaches into a tag list. */
  private static final String APART = " | ";

  private static boolean apart(Node node) {
    return node instanceof Element element && (isBlock(element) || element.normalName().equals("a"));
  }

  /**
   * The text shown after {@code after} ends and before {@code before} begins (from the root's start when {@code after}
   * is null, to its end when {@code before} is null), at most {@code maxChars} characters: its last ones when nothing
   * marks where to start. Blocks and links are set apart by {@code |}.
   */
  static String textBetween(Element root, @Nullable Element after, @Nullable Element before, int maxChars) {
    StringBuilder text = new StringBuilder();
    boolean[] started = {after == null};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == before) {
          return FilterResult.STOP;
        }
        if (node instanceof TextNode shown && started[0]) {
          text.append(shown.text()).append(' ');
          if (after != null && text.length() >= maxChars) {
            return FilterResult.STOP;
          }
        } else if (started[0] && apart(node)) {
          text.append(APART);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node == after) {
          started[0] = true;
        } else if (started[0] && apart(node)) {
          text.append(APART);
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    int from = after == null ? Math.max(0, text.length() - maxChars) : 0;
    return text.substring(from, Math.min(text.length(), from + maxChars));
  }

  /**
   * Walks a tree in document order, telling its text (and whether it stands inside a link) and the edges of its block
   * elements; hidden elements are skipped with all they hold.
   */
  abstract static class BlockWalker implements NodeFilter {
    private int linkDepth;

    abstract void text(String shown, boolean inLink);

    abstract void blockStart(Element block);

    abstract void blockEnd(Element block);

    /** Any element begins, after {@link #blockStart} for a block. */
    void enter(Element element) {}

    /** The element last entered ends, after {@link #blockEnd} for a block. */
    void exit() {}

    @Override
    public final FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        text(text.text(), linkDepth > 0);
      } else if (node instanceof Element element) {
        if (hidden(element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element.normalName().equals("a")) {
          linkDepth++;
        }
        if (isBlock(element)) {
          blockStart(element);
        }
        enter(element);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public final FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        if (element.normalName().equals("a")) {
          linkDepth--;
        }
        if (isBlock(element)) {
          blockEnd(element);
        }
        exit();
      }
      return FilterResult.CONTINUE;
    }
  }

  private static final class Collector extends BlockWalker {
    final List<Line> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final LineStyles styles = new LineStyles();
    private int linkChars;
    private int itemDepth;

    @Override
    void text(String shown, boolean inLink) {
      line.append(shown);
      int visible = visibleChars(shown);
      styles.text(visible);
      if (inLink) {
        linkChars += visible;
      }
    }

    @Override
    void enter(Element element) {
      styles.enter(element);
    }

    @Override
    void exit() {
      styles.exit();
    }

    @Override
    void blockStart(Element block) {
      endLine();
      itemDepth += block.normalName().equals("li") ? 1 : 0;
    }

    @Override
    void blockEnd(Element block) {
      endLine();
      itemDepth -= block.normalName().equals("li") ? 1 : 0;
    }

    void endLine() {
      String text = SPACE.matcher(line.toString().replace('\u00A0', ' ')).replaceAll(" ").strip();
      Set<LineStyles.Style> shown = styles.endLine();
      if (!text.isEmpty()) {
        lines.add(new Line(text, linkChars, itemDepth > 0, shown));
      }
      line.setLength(0);
      linkChars = 0;
    }
  }
}
