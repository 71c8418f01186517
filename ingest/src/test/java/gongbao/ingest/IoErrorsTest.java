package gongbao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoErrorsTest {

  @Test
  void a_file_system_exception_says_what_happened_not_only_where() {
    assertEquals("no such file or folder: x.txt", IoErrors.describe(new NoSuchFileException("x.txt")));
    assertEquals("permission denied: pages", IoErrors.describe(new AccessDeniedException("pages")));
    assertEquals("a file stands where a folder is wanted: idx",
        IoErrors.describe(new FileAlreadyExistsException("idx")));
    assertEquals("no space left on device: idx/_0.cfs",
        IoErrors.describe(new FileSystemException("idx/_0.cfs", null, "No space left on device")));
  }

  @Test
  void another_exception_keeps_its_message() {
    assertEquals("stream closed", IoErrors.describe(new IOException("stream closed")));
  }
}
