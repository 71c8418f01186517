package gongbao.bench.analysis;

import gongbao.ingest.analysis.TextNormalizer;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Checks that a quoted Han string matches exactly the articles whose normalised headline or body
 * contains it (brute force over every article), and counts the strings where it does not.
 */
final class ExactMatches {

  private final List<RmrbArticle> articles;
  private final List<String> headlines;
  private final List<String> bodies;
  private int checked;
  private int exact;
  private long matches;

  ExactMatches(List<RmrbArticle> articles) {
    this.articles = articles;
    this.headlines = articles.stream().map(a -> TextNormalizer.normalize(a.headline())).toList();
    this.bodies = articles.stream().map(a -> TextNormalizer.normalize(a.body())).toList();
  }

  /** Compares the query's matches with brute force, for a string of Han characters only. */
  void check(IndexSearcher searcher, Query query, String string) throws IOException {
    if (!string.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return;
    }
    String wanted = TextNormalizer.normalize(string);
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      if (headlines.get(i).contains(wanted) || bodies.get(i).contains(wanted)) {
        expected.add(articles.get(i).id());
      }
    }
    Set<String> actual = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, Math.max(1, articles.size())).scoreDocs) {
      actual.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID));
    }
    checked++;
    matches += expected.size();
    if (actual.equals(expected)) {
      exact++;
    } else {
      System.out.printf(Locale.ROOT, "NOT EXACT \"%s\": %d matched, %d contain it%n", string, actual.size(), expected.size());
    }
  }

  void print() {
    System.out.printf(Locale.ROOT,
        "exact both ways (Han-only strings, matches = brute-force containment over all %d articles): %d / %d strings, %,d matching articles in all%n",
        articles.size(), exact, checked, matches);
  }
}
