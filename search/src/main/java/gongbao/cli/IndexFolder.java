package gongbao.cli;

import gongbao.ingest.index.ArticleIndexWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** An index folder as the command line handles it: is it older than its corpus, and deleting it. */
final class IndexFolder {

  private IndexFolder() {}

  /** True if the last commit is a checkpoint of an ingest run that was interrupted (a crash, a kill). */
  static boolean unfinished(Path indexDir) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return !ArticleIndexWriter.runComplete(reader.getIndexCommit().getUserData());
    }
  }

  /** True if any file under {@code corpus} changed after the index's last commit. */
  static boolean olderThan(Path indexDir, Path corpus) throws IOException {
    FileTime committed = lastCommitTime(indexDir);
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(Files::isRegularFile).anyMatch(f -> modified(f).compareTo(committed) > 0);
    }
  }

  private static FileTime lastCommitTime(Path indexDir) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexCommit commit = reader.getIndexCommit();
      return Files.getLastModifiedTime(indexDir.resolve(commit.getSegmentsFileName()));
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(Long.MAX_VALUE);
    }
  }

  /** Deletes the index folder and everything in it. */
  static void delete(Path indexDir) throws IOException {
    if (!Files.exists(indexDir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(indexDir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
