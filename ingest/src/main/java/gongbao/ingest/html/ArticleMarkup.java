package gongbao.ingest.html;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the markup of a file that holds one article (an e-paper or news article page) states about it apart from its
 * text: the headline's kicker (引题), title (主题) and subtitle (副题), each null when the markup has none (a null title
 * leaves the title to be taken from the text), and the site's credit lines as printed ({@code 澎湃新闻记者 段彦超 廖艳},
 * {@code 作者：李在山}) with the people they name, what the markup shows lines of the text to be ({@link LineMark}),
 * by their text with white space removed, the site's dateline opening the text ({@link WebDateline}), null when
 * it has none, and whether the page is one of several the article's text runs over ({@link ArticlePages}).
 */
public record ArticleMarkup(
    @Nullable String kicker,
    @Nullable String title,
    @Nullable String subtitle,
    List<String> creditLines,
    Credited people,
    Map<String, LineMark> lineMarks,
    @Nullable String dateline,
    boolean pagedOn) {

  public ArticleMarkup {
    creditLines = List.copyOf(creditLines);
    lineMarks = Map.copyOf(lineMarks);
  }

  /** A headline, credits and marked lines; no dateline, one page. */
  public ArticleMarkup(@Nullable String kicker, @Nullable String title, @Nullable String subtitle,
      List<String> creditLines, Credited people, Map<String, LineMark> lineMarks) {
    this(kicker, title, subtitle, creditLines, people, lineMarks, null, false);
  }

  /** A headline and credits; no line marked. */
  public ArticleMarkup(@Nullable String kicker, @Nullable String title, @Nullable String subtitle,
      List<String> creditLines, Credited people) {
    this(kicker, title, subtitle, creditLines, people, Map.of());
  }

  /** A headline and no credits; no line marked. */
  public ArticleMarkup(@Nullable String kicker, @Nullable String title, @Nullable String subtitle) {
    this(kicker, title, subtitle, List.of(), Credited.NONE);
  }

  /** What the markup shows a line of the text to be; null for a paragraph of text or a line it does not know. */
  public @Nullable LineMark markOf(String line) {
    return lineMarks.get(HtmlLines.squeezed(line));
  }
}
