package gongbao.bench.analysis;

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

/** One article of the rmrb set: id {@code date/page/seq}, headline parts and body. */
record RmrbArticle(String id, String kicker, String title, String subtitle, String body) {

  /** Kicker, title and subtitle, one a line, as the index holds them. */
  String headline() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {kicker, title, subtitle}) {
      if (!part.isBlank()) {
        text.append(part).append('\n');
      }
    }
    return text.toString();
  }

  /** Every article of {@code rmrb-articles.jsonl.gz}, in file order. */
  static List<RmrbArticle> readAll(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<RmrbArticle> articles = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode node = json.readTree(line);
        List<String> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        articles.add(
            new RmrbArticle(
                node.path("date").asText() + "/" + node.path("page").asText() + "/" + node.path("seq").asText(),
                node.path("kicker").asText(""),
                node.path("title").asText(""),
                node.path("subtitle").asText(""),
                String.join("\n", paragraphs)));
      }
    }
    return articles;
  }
}
