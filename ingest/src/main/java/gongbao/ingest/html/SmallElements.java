package gongbao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The small elements a selector names on a page, with their text, found in one pass: the elements that could show a
 * headline or a date. Such an element is small; one that holds more than {@value #MAX_NODES} nodes or {@value
 * #MAX_RAW_CHARS} characters is a region named for a title or a date, not a heading or a date, and is passed over. So
 * the text of each is read once and is short, and elements of one kind nested in one another cost linear time, not
 * their whole text each.
 */
final class SmallElements {

  /** An element, its text, and whether it stands inside a link or holds one (a menu item, not a headline). */
  record Item(Element element, String text, boolean linked) {}

  private static final int MAX_NODES = 200;
  private static final int MAX_RAW_CHARS = 2_000;

  private SmallElements() {}

  /**
   * The elements {@code which} names under {@code root}, in document order, up to where {@code stop} begins (to the
   * end when it is null); those that hold {@code stop} are not among them.
   */
  static List<Item> before(Element root, Evaluator which, @Nullable Element stop) {
    Walker walker = new Walker(root, which, stop);
    NodeTraversor.filter(walker, root);
    List<Item> items = new ArrayList<>();
    for (Open open : walker.found) {
      if (open.item != null) {
        items.add(open.item);
      }
    }
    return items;
  }

  /** An element under way: the counts when it began, and (once it ended small) what it shows. */
  private static final class Open {
    final Element element;
    final int nodes;
    final int chars;
    final int links;
    final boolean inLink;
    final boolean named;
    @Nullable Item item;

    Open(Element element, Walker at, boolean named) {
      this.element = element;
      this.nodes = at.nodes;
      this.chars = at.chars;
      this.links = at.links;
      this.inLink = at.linkDepth > 0;
      this.named = named;
    }
  }

  private static final class Walker implements NodeFilter {
    final List<Open> found = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private final Element root;
    private final Evaluator which;
    private final @Nullable Element stop;
    int nodes;
    int chars;
    int links;
    int linkDepth;

    Walker(Element root, Evaluator which, @Nullable Element stop) {
      this.root = root;
      this.which = which;
      this.stop = stop;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      nodes++;
      if (node == stop) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode text) {
        chars += text.getWholeText().length();
      } else if (node instanceof Element element) {
        boolean link = element.normalName().equals("a");
        Open started = new Open(element, this, which.matches(root, element));
        open.add(started);
        if (started.named) {
          found.add(started);
        }
        links += link ? 1 : 0;
        linkDepth += link ? 1 : 0;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        Open ended = open.remove(open.size() - 1);
        linkDepth -= element.normalName().equals("a") ? 1 : 0;
        if (ended.named && nodes - ended.nodes <= MAX_NODES && chars - ended.chars <= MAX_RAW_CHARS) {
          ended.item = new Item(element, element.text(), ended.inLink || links > ended.links);
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
