package gongbao.cli;

import gongbao.ingest.index.ArticleIndexWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.LinkOption;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index folder as the command line handles it: is it older than its corpus, does it hold only an index, and
 * deleting it.
 */
final class IndexFolder {

  /**
   * The names Lucene gives the files of an index: commits, its lock, and segments' files by their codecs' extensions,
   * temporary ones of a killed run included ({@code _0.cfs}, {@code _1_Lucene90_0.doc},
   * {@code _5e_Lucene90FieldsIndex-doc_ids_2.tmp}); a name such as {@code _config.yml} is not one of them.
   */
  private static final Pattern INDEX_FILE = Pattern.compile("(pending_)?segments(_[0-9a-z]+|\\.gen)?|write\\.lock"
      + "|_[0-9a-z]+(_[\\w-]+)*\\.(cfs|cfe|si|fnm|fdt|fdx|fdm|tim|tip|tmd|doc|pos|pay|psm|nvd|nvm|dvd|dvm|liv"
      + "|kdd|kdi|kdm|vec|vem|vex|veq|vemq|vemf|tvd|tvx|tvm|tmp)");

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

  /**
   * Refuses a folder that holds anything but an index's own files (its commits, its segments' files, its lock): an
   * ingest must not write an index among other files ({@code --index corpus}, {@code --index .}), and {@code --rebuild}
   * must never delete them. A folder that does not exist yet, or an empty one, is fine.
   */
  static void checkHoldsOnlyAnIndex(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(indexDir)) {
      Optional<Path> other = entries.filter(entry -> !isIndexFile(entry)).sorted().findFirst();
      if (other.isPresent()) {
        throw new IOException(indexDir + " holds " + other.get().getFileName() + ", which is not a file of an index: "
            + "give --index a folder of its own (a new or an empty one)");
      }
    }
  }

  private static boolean isIndexFile(Path entry) {
    return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
        && INDEX_FILE.matcher(entry.getFileName().toString()).matches();
  }

  /**
   * Deletes the index folder, once {@link #checkHoldsOnlyAnIndex} has found nothing in it but the index's files and
   * while holding the index's lock, so that an index another program writes (a server taking uploads, an ingest) is
   * never deleted under it.
   */
  static void delete(Path indexDir) throws IOException {
    if (!Files.exists(indexDir)) {
      return;
    }
    checkHoldsOnlyAnIndex(indexDir);
    Path lockFile = indexDir.resolve(IndexWriter.WRITE_LOCK_NAME);
    try (Directory directory = FSDirectory.open(indexDir); Lock lock = writeLock(directory, indexDir);
        Stream<Path> files = Files.list(indexDir)) {
      for (Path file : files.filter(file -> !file.equals(lockFile)).toList()) {
        Files.delete(file);
      }
    }
    Files.deleteIfExists(lockFile);
    Files.delete(indexDir);
  }

  private static Lock writeLock(Directory directory, Path indexDir) throws IOException {
    try {
      return directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
    } catch (LockObtainFailedException inUse) {
      throw new IOException("the index in " + indexDir + " is in use by another program (a server taking uploads, "
          + "or an ingest): stop it before rebuilding the index");
    }
  }
}
