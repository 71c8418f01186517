package gongbao.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong with a file, said in words: Java's file-system exceptions carry only the path as their message
 * ({@code NoSuchFileException: x.txt}), which told a reader of the ingest report or the command line nothing.
 */
public final class IoErrors {

  private IoErrors() {}

  /** A one-line reason that names the problem and the file. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof NotDirectoryException notFolder) {
      return "not a folder: " + notFolder.getFile();
    }
    if (e instanceof FileAlreadyExistsException inTheWay) {
      return "a file stands where a folder is wanted: " + inTheWay.getFile();
    }
    if (e instanceof FileSystemException other) {
      String reason = other.getReason();
      return (reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(Locale.ROOT)) + ": " + other.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
