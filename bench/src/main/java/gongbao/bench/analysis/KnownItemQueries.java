package gongbao.bench.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Known-item queries drawn (seeded) from the rmrb articles: for each sampled article its full title,
 * a 4–10 character fragment of the title, and a sentence of its body. Only articles whose title is
 * unique in the set are sampled, so the known item is the one right answer.
 */
record KnownItemQueries(List<KnownItem> items) {

  enum Kind {
    TITLE,
    TITLE_FRAGMENT,
    BODY_SENTENCE
  }

  record KnownItem(Kind kind, String query, String articleId) {}

  static KnownItemQueries sample(List<RmrbArticle> articles, int perKind, long seed) {
    Map<String, Integer> titleCounts = new HashMap<>();
    for (RmrbArticle article : articles) {
      titleCounts.merge(article.title().strip(), 1, Integer::sum);
    }
    List<RmrbArticle> candidates = new ArrayList<>();
    for (RmrbArticle article : articles) {
      String title = article.title().strip();
      if (title.length() >= 4 && titleCounts.get(title) == 1 && !sentences(article.body()).isEmpty()) {
        candidates.add(article);
      }
    }
    Random random = new Random(seed);
    List<KnownItem> items = new ArrayList<>();
    for (int i = 0; i < perKind && !candidates.isEmpty(); i++) {
      RmrbArticle article = candidates.remove(random.nextInt(candidates.size()));
      String title = article.title().strip();
      items.add(new KnownItem(Kind.TITLE, title, article.id()));
      int length = 4 + random.nextInt(Math.min(10, title.length()) - 3);
      int start = random.nextInt(title.length() - length + 1);
      items.add(new KnownItem(Kind.TITLE_FRAGMENT, title.substring(start, start + length), article.id()));
      List<String> sentences = sentences(article.body());
      items.add(new KnownItem(Kind.BODY_SENTENCE, sentences.get(random.nextInt(sentences.size())), article.id()));
    }
    return new KnownItemQueries(List.copyOf(items));
  }

  /** Sentences of 15 to 60 characters, cut after 。！？ or at a line end. */
  static List<String> sentences(String body) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '\n') {
        String sentence = body.substring(start, c == '\n' ? i : i + 1).strip();
        if (sentence.length() >= 15 && sentence.length() <= 60) {
          sentences.add(sentence);
        }
        start = i + 1;
      }
    }
    return sentences;
  }
}
