package gongbao.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * How the markup shows a line, gathered while a walk goes through the tree: which styles every character of the line
 * stands in (a heading, bold type, a centred block, a photo's caption box, code), and whether an image comes right
 * before it. A stack of the styles of the open elements keeps the walk linear.
 */
final class LineStyles {

  /** A way the markup shows a line. */
  enum Style {
    /** In {@code h1}–{@code h6} or an element whose class or id names a title. */
    HEADING,
    /** In {@code strong} or {@code b}, or an element styled bold. */
    BOLD,
    /** In a centred block: {@code center}, {@code align="center"}, {@code text-align: center}, {@code f_center}. */
    CENTRED,
    /** In a {@code figcaption} or an element whose class or id names a photo's caption. */
    CAPTION,
    /** In {@code pre} or {@code code}. */
    CODE,
    /** An image stands between the line above and this one's text. */
    UNDER_IMAGE
  }

  /** A class or id naming a title or a heading level: {@code subtitle}, {@code bjh-h3}. */
  private static final Pattern HEADING_NAME = Pattern.compile("title|subhead|heading|(?<![a-z])h[1-6](?![a-z0-9])");
  /** A class or id naming a photo or its caption: {@code img_descr}, {@code pic}, {@code desc}. */
  private static final Pattern CAPTION_NAME = Pattern.compile("caption|desc|pic|photo|img|image|tupian");
  private static final Pattern CENTRED_STYLE = Pattern.compile("text-align:\\s*center");
  private static final Pattern BOLD_STYLE = Pattern.compile("font-weight:\\s*(?:bold|[6-9]00)");

  private final Deque<Set<Style>> open = new ArrayDeque<>();
  private final int[] depth = new int[Style.values().length];
  private final int[] chars = new int[Style.values().length];
  private int lineChars;
  private boolean imageSinceLine;
  private boolean underImage;

  /** An element begins: its styles hold for the text inside it. */
  void enter(Element element) {
    Set<Style> styles = stylesOf(element);
    styles.forEach(style -> depth[style.ordinal()]++);
    open.push(styles);
    if (element.normalName().equals("img")) {
      imageSinceLine = true;
    }
  }

  /** The element last entered ends. */
  void exit() {
    open.pop().forEach(style -> depth[style.ordinal()]--);
  }

  /** Text of the line under way, {@code visible} characters of it not white space. */
  void text(int visible) {
    if (visible == 0) {
      return;
    }
    if (lineChars == 0) {
      underImage = imageSinceLine;
    }
    lineChars += visible;
    for (Style style : Style.values()) {
      chars[style.ordinal()] += depth[style.ordinal()] > 0 ? visible : 0;
    }
  }

  /** The styles of the line under way, which ends: the next line starts with none. */
  Set<Style> endLine() {
    Set<Style> styles = EnumSet.noneOf(Style.class);
    for (Style style : Style.values()) {
      int in = chars[style.ordinal()];
      if (lineChars > 0 && in == lineChars) {
        styles.add(style);
      }
      chars[style.ordinal()] = 0;
    }
    if (underImage) {
      styles.add(Style.UNDER_IMAGE);
    }
    if (lineChars > 0) {
      imageSinceLine = false;
    }
    underImage = false;
    lineChars = 0;
    return styles;
  }

  private static Set<Style> stylesOf(Element element) {
    Set<Style> styles = EnumSet.noneOf(Style.class);
    String name = element.normalName();
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    String style = element.attr("style").toLowerCase(Locale.ROOT);
    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
        || HEADING_NAME.matcher(names).find()) {
      styles.add(Style.HEADING);
    }
    if (name.equals("strong") || name.equals("b") || BOLD_STYLE.matcher(style).find()) {
      styles.add(Style.BOLD);
    }
    if (name.equals("center") || element.attr("align").equalsIgnoreCase("center")
        || CENTRED_STYLE.matcher(style).find() || names.contains("center")) {
      styles.add(Style.CENTRED);
    }
    if (name.equals("figcaption") || CAPTION_NAME.matcher(names).find()) {
      styles.add(Style.CAPTION);
    }
    if (name.equals("pre") || name.equals("code")) {
      styles.add(Style.CODE);
    }
    return styles;
  }
}
