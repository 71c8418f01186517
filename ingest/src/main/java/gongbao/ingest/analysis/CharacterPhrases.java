package gongbao.ingest.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Exact-string queries on a field analysed by {@link GongbaoAnalyzers#characters()}. A string of one
 * Han character matches every term that starts with it (its bigrams, and its unigram at the edge of a
 * run), gathered into one set of documents: a common character starts hundreds of terms (工 about 860
 * in each segment of the benchmark index's body field), and Lucene's default of reading the most
 * frequent of them side by side took two to three times as long (BENCHMARKS.md). One other letter or
 * digit is a term query. A longer string is a phrase of its bigrams, with a
 * unigram only where no bigram covers a character (a digit, or a Han character with no Han neighbour
 * in the string: in the text that character ends a run on the side where the string has its
 * non-Han neighbour, so the unigram is there). Since index and query text are normalised and
 * tokenised alike, the query matches exactly where the string occurs. Only letters and digits are
 * indexed: punctuation and spaces inside a quoted string are not matched themselves (工会、驿站 also
 * finds 工会,驿站 and 工会驿站), and a bigram never spans them.
 */
public final class CharacterPhrases {

  private final Analyzer characters;

  public CharacterPhrases(Analyzer characters) {
    this.characters = characters;
  }

  /**
   * The query that finds {@code text} as a string in {@code field}; matches nothing if it has no letter or digit. Where
   * the string has a lone Han character beside a space or punctuation ({@code 劳 模}, {@code 习 近平}), the text may
   * print the two sides joined, where no unigram of that character is indexed: the string without its spaces and
   * punctuation is then looked for too.
   */
  public Query phrase(String field, String text) {
    List<PositionedTerm> cover = cover(tokens(field, text));
    Query asWritten = query(field, text, cover);
    String joined = IndexedCharacters.of(text);
    if (joined.length() == text.length() || cover.stream().noneMatch(CharacterPhrases::isHanUnigram)) {
      return asWritten;
    }
    return new BooleanQuery.Builder()
        .add(asWritten, Occur.SHOULD)
        .add(query(field, joined, cover(tokens(field, joined))), Occur.SHOULD)
        .build();
  }

  private static Query query(String field, String text, List<PositionedTerm> cover) {
    if (cover.isEmpty()) {
      return new MatchNoDocsQuery("no letter or digit in \"" + text + "\"");
    }
    if (cover.size() == 1) {
      Term term = new Term(field, cover.get(0).term());
      return isHanUnigram(cover.get(0))
          ? new PrefixQuery(term, MultiTermQuery.CONSTANT_SCORE_REWRITE)
          : new TermQuery(term);
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (PositionedTerm token : cover) {
      phrase.add(new Term(field, token.term()), token.position());
    }
    return phrase.build();
  }

  private static boolean isHanUnigram(PositionedTerm token) {
    String term = token.term();
    return term.codePointCount(0, term.length()) == 1 && CharacterTokenizer.isHan(term.codePointAt(0));
  }

  /**
   * Every bigram, plus a unigram wherever no bigram covers its character. All bigrams (not just
   * enough to cover) so that neighbours must really be adjacent: 劳模工匠 does not match 劳模、工匠.
   */
  static List<PositionedTerm> cover(List<PositionedTerm> tokens) {
    Set<Integer> covered = new HashSet<>();
    for (PositionedTerm token : tokens) {
      if (token.length() == 2) {
        covered.add(token.position());
        covered.add(token.position() + 1);
      }
    }
    List<PositionedTerm> cover = new ArrayList<>();
    for (PositionedTerm token : tokens) {
      if (token.length() == 2 || !covered.contains(token.position())) {
        cover.add(token);
      }
    }
    return cover;
  }

  private List<PositionedTerm> tokens(String field, String text) {
    List<PositionedTerm> tokens = new ArrayList<>();
    try (TokenStream stream = characters.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new PositionedTerm(term.toString(), position, length.getPositionLength()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** A token of the character field: its term, position, and how many positions it spans. */
  record PositionedTerm(String term, int position, int length) {}
}
