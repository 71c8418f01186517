package gongbao.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import gongbao.ingest.page.PageFormat;
import gongbao.ingest.page.PaperCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Pages uploaded to a running server: saved in the corpus layout under the uploads folder, ingested
 * with the server's own writer, committed, and made searchable by refreshing the searcher. One
 * upload at a time; searches go on meanwhile.
 */
public final class PageUploads {

  /** A file as uploaded. */
  public record Upload(String fileName, byte[] content) {}

  private static final Pattern PAPER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");
  private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}_.-]{0,100}");

  private final Path uploadsDir;
  private final ArticleIndexWriter writer;
  private final Searcher searcher;

  public PageUploads(Path uploadsDir, ArticleIndexWriter writer, Searcher searcher) {
    this.uploadsDir = uploadsDir;
    this.writer = writer;
    this.searcher = searcher;
  }

  public synchronized IngestReport ingest(
      String paperId, @Nullable String paperName, @Nullable LocalDate date, List<Upload> files) throws IOException {
    if (!PAPER_ID.matcher(paperId).matches()) {
      throw new BadRequestException("paper must be a lower-case id of letters, digits and dashes, not '" + paperId + "'");
    }
    if (files.isEmpty()) {
      throw new BadRequestException("no files uploaded (send them as multipart form field 'file')");
    }
    for (Upload file : files) {
      if (!SAFE_NAME.matcher(file.fileName()).matches() || PageFormat.ofFileName(file.fileName()).isEmpty()) {
        throw new BadRequestException(
            "file name '" + file.fileName() + "' must be a plain name ending in .txt, .html or .htm");
      }
    }
    Path paperDir = uploadsDir.resolve(paperId);
    Files.createDirectories(paperDir);
    Path paperJson = paperDir.resolve(PaperCatalog.FILE_NAME);
    if (!Files.exists(paperJson)) {
      if (paperName == null || paperName.isBlank()) {
        throw new BadRequestException("paper '" + paperId + "' is new: give its name as 'paperName'");
      }
      Map<String, Object> paper = new LinkedHashMap<>();
      paper.put("name", paperName.strip());
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(paperJson.toFile(), paper);
    }
    Path issueDir = paperDir.resolve(date == null ? "undated" : date.toString());
    Files.createDirectories(issueDir);
    List<Path> saved = new ArrayList<>();
    for (Upload file : files) {
      Path target = issueDir.resolve(file.fileName());
      Files.write(target, file.content());
      saved.add(target);
    }
    IngestReport report = new CorpusIngester().ingest(saved, writer, CorpusIngester.Progress.NONE);
    searcher.refresh();
    return report;
  }
}
