package gongbao.bench.html;

import gongbao.bench.SharedData;
import gongbao.ingest.IngestException;
import gongbao.ingest.article.Article;
import gongbao.ingest.index.CorpusIngester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads every saved news page of {@code news-html/} the way {@code gongbao extract} does (reader, splitter, metadata
 * extraction) and scores the persons of its articles against the gold ({@link HtmlPersonGold}): precision over the
 * persons given, recall over the names in Chinese form.
 *
 * <p>Usage: {@code bench/run HtmlPersonEvaluation [--misses]}; {@code --misses} prints each page's wrong and missed
 * persons.
 */
public final class HtmlPersonEvaluation {

  private HtmlPersonEvaluation() {}

  public static void main(String[] args) throws IOException {
    boolean misses = List.of(args).contains("--misses");
    Path root = SharedData.require("news-html");
    CorpusIngester ingester = new CorpusIngester();
    HtmlPersonScore score = new HtmlPersonScore();
    for (HtmlPersonGold gold : HtmlPersonGold.load()) {
      List<String> wrong;
      try {
        wrong = score.add(gold, persons(ingester.extract(root.resolve(gold.path()))));
      } catch (IngestException e) {
        score.addUnread(gold);
        wrong = List.of("unread: " + e.getMessage());
      }
      if (misses && !wrong.isEmpty()) {
        System.out.println(gold.path() + ": " + String.join("; ", wrong));
      }
    }
    score.print();
  }

  private static Set<String> persons(List<Article> articles) {
    Set<String> persons = new LinkedHashSet<>();
    articles.forEach(article -> persons.addAll(article.persons()));
    return persons;
  }
}
