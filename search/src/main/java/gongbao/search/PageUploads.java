package gongbao.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.extract.topic.TopicTaxonomy;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final @Nullable Path corpusDir;
  private final ArticleIndexWriter writer;
  private final Searcher searcher;
  private final CorpusIngester ingester;

  /** Uploads of papers that are not in a corpus folder: each new paper needs its name. */
  public PageUploads(Path uploadsDir, ArticleIndexWriter writer, Searcher searcher) {
    this(uploadsDir, null, writer, searcher);
  }

  /** Uploads whose papers may be in {@code corpusDir}: such a paper takes its description from there. */
  public PageUploads(Path uploadsDir, @Nullable Path corpusDir, ArticleIndexWriter writer, Searcher searcher) {
    this(uploadsDir, corpusDir, writer, searcher, TopicTaxonomy.builtIn());
  }

  /** As above, the pages' topics read by {@code taxonomy}, the one the server's corpus was ingested with. */
  public PageUploads(Path uploadsDir, @Nullable Path corpusDir, ArticleIndexWriter writer, Searcher searcher,
      TopicTaxonomy taxonomy) {
    this.uploadsDir = uploadsDir;
    this.corpusDir = corpusDir;
    this.writer = writer;
    this.searcher = searcher;
    this.ingester = new CorpusIngester(taxonomy, CorpusIngester.DEFAULT_CHECKPOINT_EVERY_PAGES, 1);
  }

  public synchronized IngestReport ingest(
      String paperId, @Nullable String paperName, @Nullable LocalDate date, List<Upload> files) throws IOException {
    if (!PAPER_ID.matcher(paperId).matches()) {
      throw new BadRequestException("paper must be a lower-case id of letters, digits and dashes, not '" + paperId + "'");
    }
    if (files.isEmpty()) {
      throw new BadRequestException("no files uploaded (send them as multipart form field 'file')");
    }
    Set<String> names = new HashSet<>();
    for (Upload file : files) {
      if (!SAFE_NAME.matcher(file.fileName()).matches() || PageFormat.ofFileName(file.fileName()).isEmpty()) {
        throw new BadRequestException(
            "file name '" + file.fileName() + "' must be a plain name ending in .txt, .html or .htm");
      }
      if (!names.add(file.fileName())) { // saved under one name, the second would replace the first unseen
        throw new BadRequestException(
            "two files are named '" + file.fileName() + "' in one upload; a page is one file");
      }
    }
    Path paperDir = uploadsDir.resolve(paperId);
    describePaper(paperId, paperName, paperDir);
    Path issueDir = paperDir.resolve(date == null ? "undated" : date.toString());
    Files.createDirectories(issueDir);
    List<Path> saved = new ArrayList<>();
    Map<Path, byte[]> replaced = new HashMap<>(); // an earlier upload of the page, put back if the new one fails
    for (Upload file : files) {
      Path target = issueDir.resolve(file.fileName());
      if (Files.isRegularFile(target)) {
        replaced.put(target, Files.readAllBytes(target));
      }
      Files.write(target, file.content());
      saved.add(target);
    }
    IngestReport report = ingester.ingest(saved, writer, CorpusIngester.Progress.NONE);
    for (IngestReport.Failure failure : report.failures()) {
      // a failed file is not kept, as it would fail again at every re-ingest of the uploads
      Path file = Path.of(failure.file());
      byte[] before = replaced.get(file);
      if (before == null) {
        Files.deleteIfExists(file);
      } else {
        Files.write(file, before);
      }
    }
    searcher.refresh();
    return report;
  }

  /**
   * Writes the paper's {@code paper.json} into its uploads folder unless it is there: the corpus's own, for a paper of
   * the corpus (its region and union included), or one naming a new paper.
   */
  private void describePaper(String paperId, @Nullable String paperName, Path paperDir) throws IOException {
    Path paperJson = paperDir.resolve(PaperCatalog.FILE_NAME);
    if (Files.exists(paperJson)) {
      return;
    }
    Path inCorpus = corpusDir == null ? null : corpusDir.resolve(paperId).resolve(PaperCatalog.FILE_NAME);
    if (inCorpus != null && Files.isRegularFile(inCorpus)) {
      Files.createDirectories(paperDir);
      Files.copy(inCorpus, paperJson);
      return;
    }
    if (paperName == null || paperName.isBlank()) {
      throw new BadRequestException("paper '" + paperId + "' is new: give its name as 'paperName'");
    }
    Files.createDirectories(paperDir);
    Map<String, Object> paper = new LinkedHashMap<>();
    paper.put("name", paperName.strip());
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(paperJson.toFile(), paper);
  }
}
