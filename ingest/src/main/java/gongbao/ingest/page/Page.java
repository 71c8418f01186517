package gongbao.ingest.page;

import gongbao.ingest.html.ArticleMarkup;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decoded text of one newspaper page and what is known of where it belongs.
 *
 * @param file the path it was read from, as given
 * @param pageId the page's name within its issue: the file name without extension
 * @param dateInferred true when {@code date} was guessed from the text, not taken from the corpus layout
 *     or from the date an HTML page states in its metadata
 * @param text the page as plain text: blocks separated by blank lines
 * @param markup null for a page of articles to be found in its text; for a file that holds one article (an HTML
 *     article page), what its markup states (headline, credits), and {@code text} then holds that article's text only
 */
public record Page(
    String file,
    Paper paper,
    @Nullable LocalDate date,
    boolean dateInferred,
    String pageId,
    String text,
    @Nullable ArticleMarkup markup) {

  public Page {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(pageId, "pageId");
    Objects.requireNonNull(text, "text");
  }

  /** A page of articles to be found in its text. */
  public Page(String file, Paper paper, @Nullable LocalDate date, boolean dateInferred, String pageId, String text) {
    this(file, paper, date, dateInferred, pageId, text, null);
  }
}
