package gongbao.bench.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A whole page rebuilt from known articles and then degraded the way printed pages are: paragraphs cut
 * by column breaks at random points (one of them with a reading-tip box between the halves) and one
 * paragraph printed twice.
 */
public record RebuiltPage(String key, String text, List<GoldArticle> articles, List<String> brokenParagraphs,
    List<String> repeatedParagraphs) {

  /** One article as it was published. */
  public record GoldArticle(String kicker, String title, String subtitle, List<String> paragraphs) {

    String headlineKey() {
      return SplitScore.squeeze(kicker + title + subtitle);
    }

    String bodyKey() {
      return SplitScore.squeeze(String.join("", paragraphs));
    }
  }

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
    List<String> broken = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      GoldArticle article = articles.get(a);
      for (String head : List.of(article.kicker(), article.title(), article.subtitle())) {
        if (!head.isEmpty()) {
          block(text, head);
        }
      }
      for (int p = 0; p < article.paragraphs().size(); p++) {
        String paragraph = article.paragraphs().get(p);
        int breakIndex = indexOf(breaks, a, p);
        if (breakIndex >= 0) {
          int cut = 1 + random.nextInt(paragraph.length() - 1);
          block(text, paragraph.substring(0, cut));
          if (breakIndex == 0) {
            block(text, "阅读提示");
            block(text, "本文介绍" + article.title() + "的有关情况，请读者留意相关报道。");
          }
          block(text, paragraph.substring(cut));
          broken.add(paragraph);
        } else {
          block(text, paragraph);
        }
        if (repeat != null && repeat[0] == a && repeat[1] == p) {
          block(text, paragraph);
          repeated.add(paragraph);
        }
      }
    }
    return new RebuiltPage(key, text.toString(), articles, broken, repeated);
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
