package gongbao.ingest.html;

import gongbao.ingest.article.LineClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** An article's lines as an HTML page shows them, the site's own lines left out. */
final class ArticleLines {

  /** The share of a headline's character pairs a line above the text must have to give it again. */
  private static final double MOSTLY = 0.6;
  /** Characters of text that must come before a line introducing other stories ends the text. */
  private static final int MIN_TEXT_BEFORE_END = 100;
  /** A line above the text that the headline opens with is a line of it printed again from this many characters. */
  private static final int MIN_HEADLINE_PART = 4;
  /** An item of a list ending with one of these is a sentence; the next follows it without a space. */
  private static final String SENTENCE_ENDS = "。！？；!?;”」";

  /** A line of characters the page's encoding has lost: replacement characters ({@code U+FFFD}) and spaces alone. */
  private static final Pattern LOST = Pattern.compile("[\\uFFFD\\s]+");

  private ArticleLines() {}

  /**
   * The lines an element shows, leaving out link lists, the site's own lines ({@link WebBoilerplate}), the headline
   * where the body gives it again above its text (whole, reworded or over several lines), a date line above it, and
   * everything from a line that introduces other stories or comments once some text has come ({@code 相关新闻} links
   * above a text are not its end, and their label is left out) or after the line that the site's link back to itself
   * closes ({@code …向雪妮返回搜狐，查看更多}), a finance site's stock quotes ({@code 摩根大通(115.395, 2.79, 2.47%)}),
   * lines the page's encoding has lost (only {@code U+FFFD}), and the numbers of its sections ({@link
   * SectionNumbers}). The items of a list under a reading-tip label ({@code 划重点：}) make one line, the box's text.
   */
  static List<HtmlLines.Line> of(Element body, @Nullable String headline) {
    List<HtmlLines.Line> kept = new ArrayList<>();
    int chars = 0;
    // the headline may be printed again over several lines above the text
    String headlineLeft = headline == null ? "" : HtmlLines.squeezed(headline);
    for (HtmlLines.Line shown : HtmlLines.of(body)) {
      HtmlLines.Line printed = withoutStockQuotes(shown);
      HtmlLines.Line line = kept.isEmpty() ? withoutSlideCounter(withoutSiteLink(printed)) : withoutSiteLink(printed);
      boolean textStarted = chars >= MIN_TEXT_BEFORE_END;
      if (textStarted && WebBoilerplate.endsText(line.text())) {
        break;
      }
      String squeezed = HtmlLines.squeezed(line.text());
      if (kept.isEmpty() && squeezed.length() >= MIN_HEADLINE_PART && headlineLeft.startsWith(squeezed)) {
        headlineLeft = headlineLeft.substring(squeezed.length());
      } else if (isText(line, kept.isEmpty(), headline)) {
        kept.add(line);
        chars += line.text().length();
      }
      if (textStarted && line.text().length() < printed.text().length()) {
        break;
      }
    }
    return withListBoxesJoined(SectionNumbers.dropped(kept));
  }

  /** The lines, the items of a list under a reading-tip label ({@code 划重点：}) made the box's one line of text. */
  private static List<HtmlLines.Line> withListBoxesJoined(List<HtmlLines.Line> lines) {
    List<HtmlLines.Line> joined = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      joined.add(lines.get(i));
      if (!LineClassifier.isReadingTipLabel(lines.get(i).text()) || i + 1 == lines.size()
          || !lines.get(i + 1).listItem()) {
        continue;
      }
      StringBuilder box = new StringBuilder(lines.get(++i).text());
      while (i + 1 < lines.size() && lines.get(i + 1).listItem()) {
        boolean sentenceEnded = SENTENCE_ENDS.indexOf(box.charAt(box.length() - 1)) >= 0;
        box.append(sentenceEnded ? "" : " ").append(lines.get(++i).text());
      }
      joined.add(new HtmlLines.Line(box.toString(), 0, false, Set.of()));
    }
    return joined;
  }

  /** The line is the article's, not the site's, a label of other stories, or above the text its headline or date. */
  private static boolean isText(HtmlLines.Line line, boolean aboveText, @Nullable String headline) {
    String text = line.text();
    return !text.isEmpty() && !LOST.matcher(text).matches() && !line.mostlyLinks() && !WebBoilerplate.endsText(text)
        && !WebBoilerplate.isBoilerplate(text)
        && !(aboveText && (repeatsHeadline(text, headline) || WebBoilerplate.isDateLine(text)));
  }

  /** The line without the stock quotes a finance site sets after companies' names, which are not links. */
  private static HtmlLines.Line withoutStockQuotes(HtmlLines.Line line) {
    String text = WebBoilerplate.withoutStockQuotes(line.text());
    return text.length() == line.text().length() ? line : line.cutTo(text, line.linkChars());
  }

  /** The first line of text without a gallery's slide counter ({@code 1/10}) at its start. */
  private static HtmlLines.Line withoutSlideCounter(HtmlLines.Line line) {
    String text = WebBoilerplate.withoutSlideCounter(line.text());
    return text.length() == line.text().length() ? line : line.cutTo(text, line.linkChars());
  }

  /** The line without the site's link back to itself at its end, whose characters no longer count as link text. */
  private static HtmlLines.Line withoutSiteLink(HtmlLines.Line line) {
    String text = WebBoilerplate.withoutTrailingLink(line.text());
    int linkChars = line.linkChars() - HtmlLines.visibleChars(line.text().substring(text.length()));
    return text.length() == line.text().length() ? line : line.cutTo(text, Math.max(0, linkChars));
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
}
