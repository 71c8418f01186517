package gongbao.ingest.page;

import gongbao.ingest.html.ArticleMarkup;
import gongbao.ingest.html.HtmlPageText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads one page file and places it in the corpus layout {@code <paper-id>/<yyyy-mm-dd>/<page>.txt}.
 * A file outside that layout still reads: its paper is {@link Paper#UNKNOWN} unless a {@code
 * paper.json} stands beside it, and its date is inferred from the text.
 */
public final class PageReader {

  /** Files larger than this are refused rather than read into memory. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final PaperCatalog papers;

  public PageReader(PaperCatalog papers) {
    this.papers = papers;
  }

  public Page read(Path file) throws IOException, PageFormatException, UnsupportedEncodingInputException {
    PageFormat format =
        PageFormat.ofFileName(file.getFileName().toString())
            .orElseThrow(() -> new PageFormatException("not a page file (.txt, .html or .htm)"));
    if (!Files.isRegularFile(file)) {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(file.toString());
      }
      throw new PageFormatException(Files.exists(file) ? "not a regular file (a folder, a pipe or a device)"
          : "a link to a file that does not exist");
    }
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new PageFormatException("file of " + size + " bytes exceeds the limit of " + MAX_FILE_BYTES);
    }
    String decoded = TextDecoder.decode(Files.readAllBytes(file));
    LocalDate statedDate = null;
    ArticleMarkup markup = null;
    String text = decoded;
    if (format == PageFormat.HTML) {
      HtmlPageText.HtmlArticle article = HtmlPageText.extract(decoded);
      text = article.text();
      statedDate = article.date();
      markup = article.markup();
    }
    if (text.isBlank()) {
      throw new PageFormatException("no text in the page");
    }

    Path folder = file.toAbsolutePath().normalize().getParent();
    Optional<LocalDate> folderDate = folder == null ? Optional.empty() : parseDate(folder.getFileName().toString());
    Optional<Paper> paper = Optional.empty();
    if (folder != null) {
      paper = papers.inFolder(folder);
      if (paper.isEmpty() && folder.getParent() != null) {
        paper = papers.inFolder(folder.getParent());
      }
    }
    String pageText = text;
    LocalDate date = folderDate.orElse(statedDate);
    if (date == null) {
      date = DateInference.infer(pageText).orElse(null);
    }
    boolean inferred = folderDate.isEmpty() && statedDate == null && date != null;
    return new Page(file.toString(), paper.orElse(Paper.UNKNOWN), date, inferred, pageId(file), pageText, markup);
  }

  private static String pageId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Optional<LocalDate> parseDate(String folderName) {
    try {
      return Optional.of(LocalDate.parse(folderName));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
