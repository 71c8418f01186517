package gongbao.ingest.index;

import gongbao.ingest.IoErrors;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files an ingest is given: every entry under the folders named that is not a folder (pipes and links to nothing
 * too, so that the page reader reports them rather than the run passing them over), each once however often it is
 * named, in a stable order; and the folders that could not be read, each with its reason, so that a folder without
 * read permission is a line of the report instead of the end of the run.
 */
public record FileListing(List<Path> files, List<IngestReport.Failure> unreadable) {

  public FileListing {
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
  }

  /** Lists {@code paths}; a path that does not exist is an error before anything is read. */
  public static FileListing of(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    List<IngestReport.Failure> unreadable = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> below = new ArrayList<>();
        Files.walkFileTree(path, new Walk(below, unreadable));
        below.sort(null);
        below.stream().filter(file -> seen.add(file.toAbsolutePath().normalize())).forEach(files::add);
      } else if (Files.exists(path)) {
        if (seen.add(path.toAbsolutePath().normalize())) {
          files.add(path);
        }
      } else {
        throw new NoSuchFileException(path.toString());
      }
    }
    return new FileListing(files, unreadable);
  }

  private static final class Walk extends SimpleFileVisitor<Path> {

    private final List<Path> files;
    private final List<IngestReport.Failure> unreadable;

    Walk(List<Path> files, List<IngestReport.Failure> unreadable) {
      this.files = files;
      this.unreadable = unreadable;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      files.add(file);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      unreadable.add(new IngestReport.Failure(file.toString(), "cannot be read: " + IoErrors.describe(e)));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path folder, IOException e) {
      if (e != null) {
        unreadable.add(new IngestReport.Failure(folder.toString(), "not listed to its end: " + IoErrors.describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
