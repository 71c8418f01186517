package gongbao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** One article of the People's Daily set ({@code rmrb/rmrb-articles.jsonl.gz}) as published. */
public record RmrbRecord(
    String date, int page, int seq, String kicker, String title, String subtitle, List<String> paragraphs) {

  public static final String FILE = "rmrb/rmrb-articles.jsonl.gz";

  public RmrbRecord {
    paragraphs = List.copyOf(paragraphs);
  }

  /** Every record of the file, in file order. */
  public static List<RmrbRecord> readAll(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<RmrbRecord> records = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode node = json.readTree(line);
        List<String> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        records.add(new RmrbRecord(
            node.path("date").asText(), node.path("page").asInt(), node.path("seq").asInt(),
            node.path("kicker").asText(""), node.path("title").asText(""), node.path("subtitle").asText(""),
            paragraphs));
      }
    }
    return records;
  }

  /** Characters of headline and body. */
  public int length() {
    return kicker.length() + title.length() + subtitle.length() + paragraphs.stream().mapToInt(String::length).sum();
  }
}
