package gongbao.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.index.AnalyzerVersionCheck;
import gongbao.ingest.index.ArticleIndexWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFolderTest {

  @TempDir Path index;

  @Test
  void an_index_left_by_an_interrupted_ingest_is_unfinished_so_serve_does_not_take_it_for_current() throws Exception {
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      writer.checkpoint();
      assertTrue(AnalyzerVersionCheck.check(index).indexExists());
      assertTrue(IndexFolder.unfinished(index), "a checkpoint is not a finished run");
      writer.commit();
      assertFalse(IndexFolder.unfinished(index));
    }
  }
}
