package gongbao.bench;

import gongbao.bench.split.RebuiltPage;
import gongbao.bench.split.SplitEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The rmrb articles rebuilt into their pages (headline lines and paragraphs in printed order, not
 * degraded) and written as page files of one paper in the corpus layout, in a new temporary folder.
 *
 * @param corpus the folder to ingest (holds {@code rmrb/paper.json} and the page files)
 * @param files the page files, in the order they were written
 * @param texts each page's text, in the same order
 * @param articles how many rmrb articles the pages hold
 */
public record RmrbPageFiles(Path corpus, List<Path> files, List<String> texts, int articles) {

  public static RmrbPageFiles write() throws IOException {
    Map<String, TreeMap<Integer, RebuiltPage.GoldArticle>> pages =
        SplitEvaluation.readPages(SharedData.require(RmrbRecord.FILE));
    Path corpus = Files.createTempDirectory("gongbao-ingest-bench");
    Files.createDirectories(corpus.resolve("rmrb"));
    Files.writeString(corpus.resolve("rmrb/paper.json"), "{\"name\": \"人民日报\"}");
    List<Path> files = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int articles = 0;
    for (Map.Entry<String, TreeMap<Integer, RebuiltPage.GoldArticle>> page : pages.entrySet()) {
      String text = RebuiltPage.layOut(page.getKey(), new ArrayList<>(page.getValue().values()), new Random(1), true).text();
      Path file = corpus.resolve("rmrb").resolve(page.getKey() + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      files.add(file);
      texts.add(text);
      articles += page.getValue().size();
    }
    return new RmrbPageFiles(corpus, files, texts, articles);
  }

  public long characters() {
    return texts.stream().mapToLong(String::length).sum();
  }
}
