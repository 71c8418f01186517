package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
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
