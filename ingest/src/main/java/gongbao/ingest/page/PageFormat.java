package gongbao.ingest.page;

import java.util.Locale;
import java.util.Optional;

/** The file types a page can come in. */
public enum PageFormat {
  TEXT,
  HTML;

  /** The format a file name implies, or empty for files that are not pages. */
  public static Optional<PageFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }
}
