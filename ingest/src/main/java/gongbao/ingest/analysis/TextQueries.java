package gongbao.ingest.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How one user word or one quoted phrase becomes a Lucene query over pairs of word and character
 * fields (DESIGN §5, §7).
 *
 * <ul>
 *   <li>An unquoted word matches a document that has it as a HanLP word in a word field, or that
 *       contains it as a string (character field), so a word the segmenter cut differently is never
 *       missed. A word HanLP cuts into pieces (高质量/发展) matches only where the string stands whole:
 *       its pieces apart in a text (高质量 here, 发展 there) do not make a match, they only add to the
 *       score of one. Its synonyms are searched the same way, at query time only. A term the synonyms
 *       file marks as a word only (全总, whose characters also stand side by side in 安全总监) is not
 *       backed by characters, typed or a synonym: all its HanLP words in one word field match.
 *   <li>A quoted phrase matches exactly where the string occurs (character fields only).
 * </ul>
 *
 * Every clause is weighted by its field pair's boost, so a match in the headline counts more than one
 * in the body. Safe for concurrent use.
 */
public final class TextQueries {

  /** A word field and a character field over the same text, and how much a match there weighs. */
  public record FieldPair(String wordsField, String charsField, float boost) {}

  /** Relative weights of the word field and the character field clauses of an unquoted word. */
  public record Weights(float words, float chars) {
  }

  private final List<FieldPair> fields;
  private final Weights weights;
  private final Synonyms synonyms;
  private final Analyzer words;
  private final CharacterPhrases phrases;

  public TextQueries(List<FieldPair> fields, Weights weights, Synonyms synonyms) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("no fields to search");
    }
    this.fields = List.copyOf(fields);
    this.weights = weights;
    this.synonyms = synonyms;
    this.words = GongbaoAnalyzers.words();
    this.phrases = new CharacterPhrases(GongbaoAnalyzers.characters());
  }

  /** The query for an unquoted word, its synonyms included. */
  public Query word(String word) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    List<String> variants = new ArrayList<>();
    variants.add(word);
    variants.addAll(synonyms.alternativesOf(word));
    int clauses = 0;
    for (String variant : variants) {
      List<String> tokens = wordTokens(variant);
      for (FieldPair pair : tokens.isEmpty() ? List.<FieldPair>of() : fields) {
        Query byWords = boosted(allOf(pair.wordsField(), tokens), pair.boost() * weights.words());
        if (synonyms.wordOnly(variant)) {
          any.add(byWords, Occur.SHOULD);
        } else {
          Query byString = boosted(phrases.phrase(pair.charsField(), variant), pair.boost() * weights.chars());
          if (tokens.size() == 1) {
            any.add(byWords, Occur.SHOULD);
            any.add(byString, Occur.SHOULD);
          } else {
            // the pieces HanLP cut the word into may stand apart in a text: the string itself must be there, and the
            // pieces add to its score
            any.add(new BooleanQuery.Builder().add(byString, Occur.MUST).add(byWords, Occur.SHOULD).build(),
                Occur.SHOULD);
          }
        }
        clauses++;
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("no word in \"" + word + "\"") : any.build();
  }

  /** The query for a quoted phrase: the exact string, in any of the fields. */
  public Query phrase(String phrase) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (FieldPair pair : fields) {
      any.add(boosted(phrases.phrase(pair.charsField(), phrase), pair.boost()), Occur.SHOULD);
    }
    return any.build();
  }

  /** The HanLP word tokens of {@code text}, as indexed. */
  public List<String> wordTokens(String text) {
    return GongbaoAnalyzers.tokens(words, text);
  }

  private static Query allOf(String field, List<String> tokens) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0)));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String token : tokens) {
      all.add(new TermQuery(new Term(field, token)), Occur.MUST);
    }
    return all.build();
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}
