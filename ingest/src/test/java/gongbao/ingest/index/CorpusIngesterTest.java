package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIngesterTest {

  @TempDir Path temp;

  private static final String PAGE =
      "职工书屋开放\n\n本报讯 近日,职工书屋正式开放,职工踊跃借阅。\n\n技能大赛举行\n\n本报讯 技能大赛在厂区举行,百余名职工参赛。\n";

  private Path corpus() throws Exception {
    Path corpus = temp.resolve("corpus");
    Files.createDirectories(corpus.resolve("gr/2024-05-01"));
    Files.writeString(corpus.resolve("gr/paper.json"), "{\"name\": \"工人日报\"}");
    Files.writeString(corpus.resolve("gr/2024-05-01/01.txt"), PAGE, StandardCharsets.UTF_8);
    Files.write(corpus.resolve("gr/2024-05-01/02.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(corpus.resolve("gr/2024-05-01/03.txt"), "");
    return corpus;
  }

  private IngestReport ingest(Path corpus, Path index) throws Exception {
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      return new CorpusIngester().ingest(List.of(corpus), writer, CorpusIngester.Progress.NONE);
    }
  }

  @Test
  void indexes_good_pages_and_reports_each_bad_one_with_its_reason() throws Exception {
    Path index = temp.resolve("index");

    IngestReport report = ingest(corpus(), index);

    assertEquals(1, report.pages());
    assertEquals(2, report.articles());
    assertEquals(1, report.skipped(), "paper.json is not a page");
    assertEquals(2, report.failures().size());
    assertTrue(report.failures().get(0).reason().startsWith("binary file"), report.toTable());
    assertEquals("empty file", report.failures().get(1).reason());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(2, reader.numDocs());
    }
  }

  @Test
  void ingesting_the_same_pages_twice_replaces_instead_of_duplicating() throws Exception {
    Path corpus = corpus();
    Path index = temp.resolve("index");

    ingest(corpus, index);
    ingest(corpus, index);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(2, reader.numDocs());
    }
  }

  @Test
  void a_second_file_of_the_same_page_fails_naming_the_first_instead_of_replacing_it() throws Exception {
    Path pages = temp.resolve("pages");
    for (String folder : List.of("a", "b")) {
      Files.createDirectories(pages.resolve(folder));
      Files.writeString(pages.resolve(folder).resolve("01.txt"), "2024年5月1日\n\n" + PAGE);
    }
    Path index = temp.resolve("index");

    IngestReport report = ingest(pages, index);

    assertEquals(1, report.pages(), report.toTable());
    assertEquals(1, report.failures().size(), report.toTable());
    IngestReport.Failure failure = report.failures().get(0);
    assertTrue(failure.file().endsWith("b/01.txt"), failure.file());
    assertTrue(failure.reason().contains("is also given by " + pages.resolve("a/01.txt")), failure.reason());
  }

  @Test
  void a_file_named_twice_is_read_once() throws Exception {
    Path page = corpus().resolve("gr/2024-05-01/01.txt");

    IngestReport report;
    try (ArticleIndexWriter writer = new ArticleIndexWriter(temp.resolve("index"))) {
      report = new CorpusIngester().ingest(List.of(page, page), writer, CorpusIngester.Progress.NONE);
    }

    assertEquals(1, report.pages(), report.toTable());
    assertEquals(0, report.failures().size(), report.toTable());
  }

  @Test
  void a_link_to_nothing_and_a_pipe_are_reported_not_passed_over_or_waited_on() throws Exception {
    Path corpus = corpus();
    Path folder = corpus.resolve("gr/2024-05-01");
    Files.createSymbolicLink(folder.resolve("04.txt"), folder.resolve("missing.txt"));
    Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("05.txt").toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

    IngestReport report = ingest(corpus, temp.resolve("index"));

    assertEquals(1, report.pages(), report.toTable());
    assertEquals(4, report.failures().size(), report.toTable());
    assertEquals("a link to a file that does not exist", report.failures().get(2).reason());
    assertTrue(report.failures().get(3).reason().startsWith("not a regular file"), report.toTable());
  }

  @Test
  void a_folder_that_cannot_be_read_is_a_failure_of_the_report_and_the_run_goes_on() throws Exception {
    Path corpus = corpus();
    Path locked = Files.createDirectories(corpus.resolve("gr/2024-05-02"));
    Files.writeString(locked.resolve("01.txt"), PAGE);
    Files.setPosixFilePermissions(locked, Set.of());
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "the tests run as a user the permissions hold for");

      IngestReport report = ingest(corpus, temp.resolve("index"));

      assertEquals(1, report.pages(), report.toTable());
      assertTrue(report.failures().stream().anyMatch(failure -> failure.file().equals(locked.toString())
          && failure.reason().equals("cannot be read: permission denied: " + locked)), report.toTable());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void records_paper_names_and_analyzer_version_in_the_commit() throws Exception {
    Path index = temp.resolve("index");

    ingest(corpus(), index);

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Map<String, String> userData = reader.getIndexCommit().getUserData();
      assertEquals(Map.of("gr", "工人日报"), ArticleIndexWriter.paperNames(userData));
      assertEquals(gongbao.ingest.analysis.GongbaoAnalyzers.VERSION, userData.get(IndexSchema.ANALYZER_VERSION_KEY));
    }
  }
}
