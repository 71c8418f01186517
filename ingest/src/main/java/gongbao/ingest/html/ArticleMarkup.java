package gongbao.ingest.html;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the markup of a file that holds one article (an e-paper or news article page) states about it apart from its
 * text: the headline's kicker (引题), title (主题) and subtitle (副题), each null when the markup has none (a null title
 * leaves the title to be taken from the text), and the site's credit lines as printed ({@code 澎湃新闻记者 段彦超 廖艳},
 * {@code 作者：李在山}) with the people they name.
 */
public record ArticleMarkup(
    @Nullable String kicker,
    @Nullable String title,
    @Nullable String subtitle,
    List<String> creditLines,
    Credited people) {

  public ArticleMarkup {
    creditLines = List.copyOf(creditLines);
  }

  /** A headline and no credits. */
  public ArticleMarkup(@Nullable String kicker, @Nullable String title, @Nullable String subtitle) {
    this(kicker, title, subtitle, List.of(), Credited.NONE);
  }
}
