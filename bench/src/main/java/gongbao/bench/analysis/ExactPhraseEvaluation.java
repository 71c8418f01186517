package gongbao.bench.analysis;

import gongbao.bench.SharedData;
import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.analysis.Synonyms;
import gongbao.ingest.analysis.TextQueries;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Exact phrase on the rmrb articles: strings of 1–12 characters cut at random (seeded) from article
 * bodies, searched in quotes ({@link TextQueries#phrase}) on an index of those articles; a string is
 * found when its own article is among the matches. For contrast, the same strings as a phrase of
 * HanLP words on the word field, which misses wherever the segmenter cut the string differently.
 * A cut with no letter or digit is drawn again (it is not a searchable phrase). Strings of Han
 * characters only are also checked the other way: the articles matched must be exactly those whose
 * normalised headline or body contains the string (for other strings the query ignores punctuation
 * and spaces by design, so plain containment is not the reference).
 *
 * <p>{@code bench/run ExactPhraseEvaluation [count]}
 */
public final class ExactPhraseEvaluation {

  private static final long SEED = 20240502L;

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    List<RmrbArticle> articles = RmrbArticle.readAll(SharedData.require("rmrb/rmrb-articles.jsonl.gz"));
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(RankingIndexes.gongbao(articles)));
    TextQueries queries = new TextQueries(IndexSchema.textFields(), IndexSchema.TEXT_WEIGHTS, Synonyms.none());
    Analyzer words = GongbaoAnalyzers.words();
    Random random = new Random(SEED);
    int[] foundByLength = new int[13];
    int[] triedByLength = new int[13];
    int found = 0;
    int foundOnWords = 0;
    ExactMatches exact = new ExactMatches(articles);
    for (int i = 0; i < count; ) {
      RmrbArticle article = articles.get(random.nextInt(articles.size()));
      String body = article.body();
      int length = 1 + random.nextInt(12);
      if (body.length() < length) {
        continue;
      }
      int start = random.nextInt(body.length() - length + 1);
      String string = body.substring(start, start + length);
      if (string.codePoints().noneMatch(Character::isLetterOrDigit)
          || Character.isLowSurrogate(string.charAt(0))
          || Character.isHighSurrogate(string.charAt(length - 1))) {
        continue;
      }
      i++;
      triedByLength[length]++;
      Query ownArticle = new TermQuery(new Term(IndexSchema.ID, article.id()));
      if (searcher.count(both(queries.phrase(string), ownArticle)) == 1) {
        found++;
        foundByLength[length]++;
      } else {
        System.out.println("MISSED \"" + string + "\" in " + article.id());
      }
      if (searcher.count(both(wordPhrase(words, string), ownArticle)) == 1) {
        foundOnWords++;
      }
      exact.check(searcher, queries.phrase(string), string);
    }
    System.out.printf(Locale.ROOT, "articles: %d, quoted strings: %d (1-12 characters)%n", articles.size(), count);
    System.out.printf(Locale.ROOT, "gongbao quoted phrase (character fields): found %d / %d = %.2f %%%n", found, count, 100.0 * found / count);
    System.out.printf(Locale.ROOT, "for contrast, phrase of HanLP words (word fields): found %d / %d = %.2f %%%n", foundOnWords, count, 100.0 * foundOnWords / count);
    StringBuilder byLength = new StringBuilder("found by length:");
    for (int length = 1; length <= 12; length++) {
      byLength.append(String.format(Locale.ROOT, " %d:%d/%d", length, foundByLength[length], triedByLength[length]));
    }
    System.out.println(byLength);
    exact.print();
  }

  private static Query both(Query phrase, Query ownArticle) {
    return new BooleanQuery.Builder().add(phrase, Occur.MUST).add(ownArticle, Occur.FILTER).build();
  }

  private static Query wordPhrase(Analyzer words, String string) {
    List<String> tokens = GongbaoAnalyzers.tokens(words, string);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : List.of(IndexSchema.HEADLINE_WORDS, IndexSchema.BODY_WORDS)) {
      any.add(tokens.size() == 1
          ? new TermQuery(new Term(field, tokens.get(0)))
          : new PhraseQuery(field, tokens.toArray(String[]::new)), Occur.SHOULD);
    }
    return any.build();
  }

  private ExactPhraseEvaluation() {}
}
