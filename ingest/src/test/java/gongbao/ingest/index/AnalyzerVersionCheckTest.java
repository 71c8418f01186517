package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.analysis.GongbaoAnalyzers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerVersionCheckTest {

  @TempDir Path indexDir;

  @Test
  void an_index_written_by_this_build_needs_no_reindex() throws IOException {
    try (ArticleIndexWriter writer = new ArticleIndexWriter(indexDir)) {
      writer.replacePage("grrb:2024-10-01:1", List.of());
      writer.commit();
    }
    AnalyzerVersionCheck.Result result = AnalyzerVersionCheck.check(indexDir);
    assertFalse(result.reindexNeeded(), result.message());
    assertEquals(GongbaoAnalyzers.VERSION, result.indexVersion());
  }

  @Test
  void an_index_recording_another_analysis_version_needs_a_reindex() throws IOException {
    commitWith(Map.of(IndexSchema.ANALYZER_VERSION_KEY, "gongbao-analysis-1"));
    AnalyzerVersionCheck.Result result = AnalyzerVersionCheck.check(indexDir);
    assertTrue(result.reindexNeeded());
    assertEquals(
        "index was built with analysis gongbao-analysis-1 but this build uses "
            + GongbaoAnalyzers.VERSION
            + ": re-index needed",
        result.message());
  }

  @Test
  void an_index_recording_no_version_needs_a_reindex() throws IOException {
    commitWith(Map.of());
    assertTrue(AnalyzerVersionCheck.check(indexDir).reindexNeeded());
  }

  @Test
  void no_index_yet_needs_no_reindex() throws IOException {
    AnalyzerVersionCheck.Result result = AnalyzerVersionCheck.check(indexDir);
    assertFalse(result.indexExists());
    assertFalse(result.reindexNeeded());
  }

  private void commitWith(Map<String, String> userData) throws IOException {
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(indexDir), new IndexWriterConfig(new KeywordAnalyzer()))) {
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }
}
