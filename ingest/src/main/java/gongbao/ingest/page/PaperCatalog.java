package gongbao.ingest.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code paper.json} files: {@code {"name": "工人日报", "region": null, "union": "中华全国总工会"}}.
 * The paper's id is the name of the folder that holds the file. Each file is read once.
 */
public final class PaperCatalog {

  public static final String FILE_NAME = "paper.json";

  private final ObjectMapper json = new ObjectMapper();
  private final Map<Path, Paper> byFolder = new HashMap<>();

  /** The paper described in {@code folder/paper.json}, or empty if the folder has none. */
  public synchronized Optional<Paper> inFolder(Path folder) throws PageFormatException {
    Path key = folder.toAbsolutePath().normalize();
    Paper cached = byFolder.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Path file = key.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Paper paper = read(file, key.getFileName().toString());
    byFolder.put(key, paper);
    return Optional.of(paper);
  }

  private Paper read(Path file, String id) throws PageFormatException {
    try {
      JsonNode node = json.readTree(file.toFile());
      String name = text(node, "name");
      if (name == null) {
        throw new PageFormatException(file + ": \"name\" is missing");
      }
      return new Paper(id, name, text(node, "region"), text(node, "union"));
    } catch (IOException | IllegalArgumentException e) {
      throw new PageFormatException(file + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
