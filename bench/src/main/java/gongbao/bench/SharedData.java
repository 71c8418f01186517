package gongbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test data lives: {@code ../shared/data} unless {@code GONGBAO_SHARED_DATA} says otherwise. */
public final class SharedData {

  private SharedData() {}

  public static Path root() {
    String configured = System.getenv("GONGBAO_SHARED_DATA");
    return Path.of(configured != null ? configured : "../shared/data");
  }

  /** The path of {@code relative} under the data root; exits with a clear message if it is missing. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      System.err.println("shared data not found: " + path.toAbsolutePath()
          + " (set GONGBAO_SHARED_DATA to the folder that holds rmrb/, icwb2/, pd1998/, news-html/)");
      System.exit(2);
    }
    return path;
  }
}
