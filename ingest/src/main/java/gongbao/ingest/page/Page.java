package gongbao.ingest.page;

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
 */
public record Page(
    String file,
    Paper paper,
    @Nullable LocalDate date,
    boolean dateInferred,
    String pageId,
    String text) {

  public Page {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(pageId, "pageId");
    Objects.requireNonNull(text, "text");
  }
}
