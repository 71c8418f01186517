package gongbao.bench.split;

import gongbao.ingest.page.Page;
import gongbao.ingest.page.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

/**
 * A whole page rebuilt from known articles and then degraded the way printed pages are: paragraphs cut
 * by column breaks at random points (one of them with a reading-tip box between the halves) and one
 * paragraph printed twice. {@code printedBodyKeys} holds, for each article, its body as the page prints
 * it below the headline (spaces removed): the known body with the inserted box at its place, the repeat
 * once — the text the article must hold when nothing is lost and nothing taken from a neighbour.
 */
public record RebuiltPage(String key, String text, List<GoldArticle> articles, List<String> printedBodyKeys,
    List<String> brokenParagraphs, List<String> repeatedParagraphs, NavigableMap<Integer, Block> blocks) {

  /** What a block of the page text is; keyed by where it starts in the text. */
  public enum Block {
    /** The first headline line of an article: where a new article must start. */
    ARTICLE_START,
    /** A later headline line: title under a kicker, subtitle. */
    HEADLINE,
    PARAGRAPH,
    /** The first half of a paragraph cut by a column break. */
    BREAK_HEAD,
    /** The second half of a paragraph cut by a column break. */
    BREAK_TAIL,
    /** The reading-tip box put inside a column break. */
    TIP,
    /** A paragraph printed a second time. */
    REPEAT
  }

  /** One article as it was published. */
  public record GoldArticle(String kicker, String title, String subtitle, List<String> paragraphs) {

    String headlineKey() {
      return SplitScore.squeeze(kicker + title + subtitle);
    }

    String bodyKey() {
      return SplitScore.squeeze(String.join("", paragraphs));
    }
  }

  private static final Paper RMRB = new Paper("rmrb", "人民日报", null, null);
  static final int BREAKS_PER_PAGE = 2;
  private static final int MIN_BREAK_CHARS = 10;
  private static final int MIN_REPEAT_CHARS = 20;

  /** Lays the articles out as page text; degrades it with {@code random} unless {@code clean}. */
  public static RebuiltPage layOut(String key, List<GoldArticle> articles, Random random, boolean clean) {
    List<int[]> candidates = new ArrayList<>();
    List<int[]> repeatable = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      List<String> paragraphs = articles.get(a).paragraphs();
      for (int p = 0; p < paragraphs.size(); p++) {
        if (paragraphs.get(p).length() >= MIN_BREAK_CHARS) {
          candidates.add(new int[] {a, p});
        }
        if (paragraphs.get(p).length() >= MIN_REPEAT_CHARS) {
          repeatable.add(new int[] {a, p});
        }
      }
    }
    List<int[]> breaks = new ArrayList<>();
    for (int i = 0; i < BREAKS_PER_PAGE && !candidates.isEmpty() && !clean; i++) {
      breaks.add(candidates.remove(random.nextInt(candidates.size())));
    }
    int[] repeat = repeatable.isEmpty() || clean ? null : repeatable.get(random.nextInt(repeatable.size()));

    StringBuilder text = new StringBuilder();
    NavigableMap<Integer, Block> blocks = new TreeMap<>();
    List<String> broken = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    List<String> printedBodies = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      GoldArticle article = articles.get(a);
      StringBuilder printed = new StringBuilder();
      Block headline = Block.ARTICLE_START;
      for (String head : List.of(article.kicker(), article.title(), article.subtitle())) {
        if (!head.isEmpty()) {
          blocks.put(text.length(), headline);
          headline = Block.HEADLINE;
          block(text, head);
        }
      }
      for (int p = 0; p < article.paragraphs().size(); p++) {
        String paragraph = article.paragraphs().get(p);
        int breakIndex = indexOf(breaks, a, p);
        if (breakIndex >= 0) {
          int cut = 1 + random.nextInt(paragraph.length() - 1);
          blocks.put(text.length(), Block.BREAK_HEAD);
          block(text, paragraph.substring(0, cut));
          printed.append(paragraph, 0, cut);
          if (breakIndex == 0) {
            String tip = "本文介绍" + article.title() + "的有关情况，请读者留意相关报道。";
            blocks.put(text.length(), Block.TIP);
            block(text, "阅读提示");
            block(text, tip);
            printed.append("阅读提示").append(tip);
          }
          printed.append(paragraph.substring(cut));
          blocks.put(text.length(), Block.BREAK_TAIL);
          block(text, paragraph.substring(cut));
          broken.add(paragraph);
        } else {
          blocks.put(text.length(), Block.PARAGRAPH);
          block(text, paragraph);
          printed.append(paragraph);
        }
        if (repeat != null && repeat[0] == a && repeat[1] == p) {
          blocks.put(text.length(), Block.REPEAT);
          block(text, paragraph);
          repeated.add(paragraph);
        }
      }
      printedBodies.add(SplitScore.squeeze(printed.toString()));
    }
    return new RebuiltPage(key, text.toString(), articles, printedBodies, broken, repeated,
        Collections.unmodifiableNavigableMap(blocks));
  }

  /** The page as the splitter's input. */
  public Page page() {
    String[] parts = key.split("/");
    return new Page("rmrb/" + key, RMRB, LocalDate.parse(parts[0]), false, parts[1], text);
  }

  /** Whether an article's first headline line starts exactly at {@code offset}. */
  public boolean startsArticleAt(int offset) {
    return blocks.get(offset) == Block.ARTICLE_START;
  }

  /** The kind of the block that holds the text at {@code offset}. */
  public Block blockAt(int offset) {
    return blocks.floorEntry(offset).getValue();
  }

  private static int indexOf(List<int[]> places, int a, int p) {
    for (int i = 0; i < places.size(); i++) {
      if (places.get(i)[0] == a && places.get(i)[1] == p) {
        return i;
      }
    }
    return -1;
  }

  private static void block(StringBuilder text, String block) {
    text.append(block).append("\n\n");
  }
}
