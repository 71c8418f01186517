package gongbao.ingest.index;

import gongbao.ingest.analysis.GongbaoAnalyzers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Says whether an index was built with the analysis this build uses ({@link GongbaoAnalyzers#VERSION},
 * recorded in the commit user data under {@link IndexSchema#ANALYZER_VERSION_KEY}). An index built
 * with another version must be rebuilt: its tokens would not match the queries.
 */
public final class AnalyzerVersionCheck {

  private AnalyzerVersionCheck() {}

  /** The outcome: the version the index records (null if none or no index) and the one expected. */
  public record Result(@Nullable String indexVersion, String currentVersion, boolean indexExists) {

    public boolean reindexNeeded() {
      return indexExists && !currentVersion.equals(indexVersion);
    }

    /** One line for the log or the start-up error. */
    public String message() {
      if (!indexExists) {
        return "no index yet; it will be built with analysis " + currentVersion;
      }
      if (!reindexNeeded()) {
        return "index analysis " + currentVersion + " matches";
      }
      return "index was built with analysis "
          + (indexVersion == null ? "(unrecorded)" : indexVersion)
          + " but this build uses "
          + currentVersion
          + ": re-index needed";
    }
  }

  public static Result check(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) { // opened, the folder would be made
      return new Result(null, GongbaoAnalyzers.VERSION, false);
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      return check(directory);
    }
  }

  public static Result check(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return new Result(null, GongbaoAnalyzers.VERSION, false);
    }
    SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
    String recorded = commit.getUserData().get(IndexSchema.ANALYZER_VERSION_KEY);
    return new Result(recorded, GongbaoAnalyzers.VERSION, true);
  }
}
