package gongbao.bench.split;

import gongbao.bench.RmrbRecord;
import gongbao.bench.SharedData;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Rebuilds whole pages from {@code rmrb/rmrb-articles.jsonl.gz} (articles of one date and page in
 * order), degrades them with a seeded random (column breaks, a reading-tip box inside one break, a
 * repeated paragraph), splits them and prints headline precision, recall and F1, the share of articles
 * whose body is exactly right, and how many breaks were re-joined and repeats removed.
 *
 * <p>Usage: {@code bench/run SplitEvaluation [seed] [examples] [clean]}: {@code examples} prints that
 * many misses; {@code clean} lays the pages out without degrading them, to separate layout from damage.
 */
public final class SplitEvaluation {

  private static final long DEFAULT_SEED = 20241122L;
  private static final Paper RMRB = new Paper("rmrb", "人民日报", null, null);

  private SplitEvaluation() {}

  public static void main(String[] args) throws IOException {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_SEED;
    int examples = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    boolean clean = args.length > 2 && args[2].equals("clean");
    Path file = SharedData.require(RmrbRecord.FILE);
    Map<String, TreeMap<Integer, RebuiltPage.GoldArticle>> pages = readPages(file);
    Random random = new Random(seed);
    ArticleSplitter splitter = new ArticleSplitter();
    SplitScore score = new SplitScore();
    for (Map.Entry<String, TreeMap<Integer, RebuiltPage.GoldArticle>> entry : pages.entrySet()) {
      RebuiltPage page = RebuiltPage.layOut(entry.getKey(), new ArrayList<>(entry.getValue().values()), random, clean);
      String[] keyParts = entry.getKey().split("/");
      Page input = new Page("rmrb/" + entry.getKey(), RMRB, LocalDate.parse(keyParts[0]), false, keyParts[1], page.text());
      List<Article> articles = splitter.split(input);
      score.add(page, articles, examples);
    }
    print(seed + (clean ? " (clean: no breaks, boxes or repeats)" : ""), pages.size(), score);
  }

  /** The rmrb articles as pages: {@code date/page} → articles in printed order (blank paragraphs dropped). */
  public static Map<String, TreeMap<Integer, RebuiltPage.GoldArticle>> readPages(Path file) throws IOException {
    Map<String, TreeMap<Integer, RebuiltPage.GoldArticle>> pages = new TreeMap<>();
    for (RmrbRecord record : RmrbRecord.readAll(file)) {
      List<String> paragraphs = record.paragraphs().stream()
          .map(String::strip)
          .filter(text -> !SplitScore.squeeze(text).isEmpty())
          .toList();
      if (paragraphs.isEmpty()) {
        continue;
      }
      String key = record.date() + "/" + String.format("%02d", record.page());
      pages.computeIfAbsent(key, k -> new TreeMap<>()).put(record.seq(), new RebuiltPage.GoldArticle(
          record.kicker().strip(), record.title().strip(), record.subtitle().strip(), paragraphs));
    }
    return pages;
  }

  private static void print(String seed, int pageCount, SplitScore s) {
    System.out.printf("pages %d, seed %s%n", pageCount, seed);
    System.out.printf("%-34s %8s%n", "measure", "value");
    System.out.printf("%-34s %8d%n", "gold articles", s.goldArticles);
    System.out.printf("%-34s %8d%n", "predicted articles", s.predictedArticles);
    System.out.printf("%-34s %8.4f%n", "headline precision", s.precision());
    System.out.printf("%-34s %8.4f%n", "headline recall", s.recall());
    System.out.printf("%-34s %8.4f%n", "headline F1", s.f1());
    System.out.printf("%-34s %8.4f%n", "title role right (of matched)", s.matchedHeadlines == 0 ? 0 : s.matchedTitleRole / (double) s.matchedHeadlines);
    System.out.printf("%-34s %8.4f%n", "body boundaries exact (of gold)", s.exactBodies / (double) Math.max(1, s.goldArticles));
    System.out.printf("%-34s %4d / %d%n", "column breaks re-joined", s.rejoinedBreaks, s.breaks);
    System.out.printf("%-34s %4d / %d%n", "repeated paragraphs removed", s.removedRepeats, s.repeats);
    for (String example : s.examples) {
      System.out.println("  " + example);
    }
  }
}
