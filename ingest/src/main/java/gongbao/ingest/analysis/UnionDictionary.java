package gongbao.ingest.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The domain dictionary of union vocabulary (新就业形态劳动者, 劳模工匠, 工会驿站 …), read from the resource
 * {@code union-dictionary.txt}: one term a line, {@code #} comments, and a {@code # version: N} line
 * whose number goes into the analyzer version. Terms are normalised like the text they will meet.
 */
public record UnionDictionary(String version, List<String> terms) {

  static final String RESOURCE = "union-dictionary.txt";
  private static final String VERSION_PREFIX = "# version:";

  public UnionDictionary {
    terms = List.copyOf(terms);
  }

  /** The dictionary shipped with Gongbao. */
  public static UnionDictionary bundled() {
    try (InputStream in = UnionDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static UnionDictionary read(BufferedReader reader) throws IOException {
    String version = null;
    List<String> terms = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.strip();
      if (trimmed.startsWith(VERSION_PREFIX)) {
        version = trimmed.substring(VERSION_PREFIX.length()).strip();
      } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        terms.add(TextNormalizer.normalize(trimmed));
      }
    }
    if (version == null || version.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has no '" + VERSION_PREFIX + "' line");
    }
    return new UnionDictionary(version, terms);
  }
}
