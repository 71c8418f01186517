package gongbao.ingest.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.IngestException;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.article.Source;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a gold file (see {@code seed-gold.json}): each entry names a page under the corpus folder, its
 * headline group, the line ranges of its body (by line prefix) and its metadata. The article is rebuilt
 * from those lines, so that the extraction is measured apart from the splitter.
 */
public final class SeedGold {

  private SeedGold() {}

  public static List<GoldArticle> load(Path goldFile, Path corpus) throws IOException, IngestException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(goldFile));
    PageReader reader = new PageReader(new PaperCatalog());
    List<GoldArticle> articles = new ArrayList<>();
    int ordinal = 0;
    for (JsonNode entry : root.get("articles")) {
      Page page = reader.read(corpus.resolve(entry.get("page").asText()));
      List<Paragraph> paragraphs = new ArrayList<>();
      for (JsonNode range : entry.get("body")) {
        for (String line : linesBetween(page.text(), range.get(0).asText(), range.get(1).asText())) {
          paragraphs.add(Paragraph.body(line));
        }
      }
      ArticleKind kind = entry.has("kind") ? ArticleKind.fromId(entry.get("kind").asText()) : ArticleKind.NEWS;
      Byline byline = new Byline(strings(entry.get("staff")), List.of(), List.of(), List.of());
      Article article = new Article("gold:" + (++ordinal), page.paper().id(), null, false, page.pageId(), null,
          null, kind, text(entry, "kicker"), entry.get("title").asText(), text(entry, "subtitle"), byline, null,
          paragraphs, List.of(), null, false, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
          new Source(page.file(), 0, 0, List.of()));
      String paperRegion = page.paper().regionCode();
      Set<String> regions = new HashSet<>();
      if (paperRegion != null) {
        regions.add("published:" + paperRegion);
      }
      for (String code : strings(entry.get("about"))) {
        regions.add("about:" + code);
      }
      articles.add(new GoldArticle(article, paperRegion, regions, Set.copyOf(strings(entry.get("unions"))),
          Set.copyOf(strings(entry.get("topics"))), Set.copyOf(strings(entry.get("persons")))));
    }
    return articles;
  }

  /** The non-blank lines from the first starting with {@code from} to the next starting with {@code to}. */
  static List<String> linesBetween(String text, String from, String to) {
    List<String> lines = new ArrayList<>();
    boolean inside = false;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!inside && line.startsWith(from)) {
        inside = true;
      }
      if (inside) {
        lines.add(line);
        if (line.startsWith(to)) {
          return lines;
        }
      }
    }
    throw new IllegalArgumentException("gold range not found in page: " + from + " … " + to);
  }

  private static @Nullable String text(JsonNode entry, String field) {
    return entry.has(field) ? entry.get(field).asText() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
