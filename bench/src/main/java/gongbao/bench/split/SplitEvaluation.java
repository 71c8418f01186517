package gongbao.bench.split;

import gongbao.bench.RmrbRecord;
import gongbao.bench.SharedData;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Rebuilds whole pages from {@code rmrb/rmrb-articles.jsonl.gz} (articles of one date and page in
 * order), degrades them with a seeded random (column breaks, a reading-tip box inside one break, a
 * repeated paragraph), splits them and prints headline precision, recall and F1, the share of articles
 * whose body is exactly right, and how many breaks were re-joined and repeats removed.
 *
 * <p>Usage: {@code bench/run SplitEvaluation [seed] [examples] [clean] [--half all|train|test]
 * [--known-answers]}: {@code examples} prints that many misses; {@code clean} lays the pages out without degrading
 * them, to separate layout from damage; {@code --half test} scores only the dates the boundary model was not trained
 * on ({@link DateHalf}). Every page is degraded as in a run over all dates, so halves are comparable. {@code
 * --known-answers} gives every run the boundary model weighs its right answer: the ceiling a better model could reach,
 * the firm rules and the rest of the splitter unchanged.
 */
public final class SplitEvaluation {

  static final long DEFAULT_SEED = 20241122L;
  private static final String KNOWN_ANSWERS = "--known-answers";

  private SplitEvaluation() {}

  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--half")) {
        i++;
      } else if (!args[i].equals(KNOWN_ANSWERS)) {
        positional.add(args[i]);
      }
    }
    long seed = positional.size() > 0 ? Long.parseLong(positional.get(0)) : DEFAULT_SEED;
    int examples = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 0;
    boolean clean = positional.size() > 2 && positional.get(2).equals("clean");
    DateHalf half = DateHalf.fromArgs(args);
    List<RebuiltPage> pages = rebuild(seed, clean, half);
    boolean knownAnswers = List.of(args).contains(KNOWN_ANSWERS);
    ArticleSplitter splitter = new ArticleSplitter();
    SplitScore score = new SplitScore();
    for (RebuiltPage page : pages) {
      List<Article> articles = knownAnswers
          ? new ArticleSplitter((lineStart, features) -> page.startsArticleAt(lineStart)).split(page.page())
          : splitter.split(page.page());
      score.add(page, articles, examples);
    }
    print(seed + (clean ? " (clean: no breaks, boxes or repeats)" : "") + ", dates "
        + half.name().toLowerCase(Locale.ROOT) + (knownAnswers ? ", the model's runs given their known answers" : ""),
        pages.size(), score);
  }

  /**
   * The rmrb pages of {@code half}, laid out in date and page order and degraded with one random of
   * {@code seed} (unless {@code clean}) drawn over all pages, so that a page is the same in every half.
   */
  static List<RebuiltPage> rebuild(long seed, boolean clean, DateHalf half) throws IOException {
    Map<String, TreeMap<Integer, RebuiltPage.GoldArticle>> pages = readPages(SharedData.require(RmrbRecord.FILE));
    Random random = new Random(seed);
    List<RebuiltPage> rebuilt = new ArrayList<>();
    for (Map.Entry<String, TreeMap<Integer, RebuiltPage.GoldArticle>> entry : pages.entrySet()) {
      RebuiltPage page = RebuiltPage.layOut(entry.getKey(), new ArrayList<>(entry.getValue().values()), random, clean);
      if (half.contains(entry.getKey())) {
        rebuilt.add(page);
      }
    }
    return rebuilt;
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

  static void print(String run, int pageCount, SplitScore s) {
    System.out.printf("pages %d, seed %s%n", pageCount, run);
    System.out.printf("%-34s %8s%n", "measure", "value");
    System.out.printf("%-34s %8d%n", "gold articles", s.goldArticles);
    System.out.printf("%-34s %8d%n", "predicted articles", s.predictedArticles);
    System.out.printf("%-34s %8.4f%n", "headline precision", s.precision());
    System.out.printf("%-34s %8.4f%n", "headline recall", s.recall());
    System.out.printf("%-34s %8.4f%n", "headline F1", s.f1());
    System.out.printf("%-34s %8.4f%n", "title role right (of matched)", s.matchedHeadlines == 0 ? 0 : s.matchedTitleRole / (double) s.matchedHeadlines);
    System.out.printf("%-34s %8.4f%n", "body boundaries exact (of gold)", s.exactBodies / (double) Math.max(1, s.goldArticles));
    System.out.printf("%-34s %8.4f%n", "all text held exactly (of gold)", s.heldExactly / (double) Math.max(1, s.goldArticles));
    System.out.printf("%-34s %8.4f%n", "  or cut only at its own headings",
        s.heldInSections / (double) Math.max(1, s.goldArticles));
    System.out.printf("%-34s %4d / %d%n", "column breaks re-joined", s.rejoinedBreaks, s.breaks);
    System.out.printf("%-34s %4d / %d%n", "repeated paragraphs removed", s.removedRepeats, s.repeats);
    System.out.printf("%-34s %4d / %d%n", "page lines lost (in no output)", s.lostLines, s.pageLines);
    System.out.printf("%-34s %4d / %d%n", "paragraphs joined across blocks", s.joinedApart, s.outputParagraphs);
    for (String example : s.examples) {
      System.out.println("  " + example);
    }
  }
}
