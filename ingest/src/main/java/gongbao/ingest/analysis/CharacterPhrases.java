package gongbao.ingest.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Exact-string queries on a field analysed by {@link GongbaoAnalyzers#characters()}: a string of one
 * character is a term query on its unigram; a longer one is a phrase of bigrams that covers every
 * character (a unigram only where no bigram can cover it, e.g. next to a digit). Since index and query
 * text are normalised and tokenised alike, the query matches exactly where the string occurs.
 */
public final class CharacterPhrases {

  private final Analyzer characters;

  public CharacterPhrases(Analyzer characters) {
    this.characters = characters;
  }

  /** The query that finds {@code text} as a string in {@code field}; matches nothing if it has no letter or digit. */
  public Query phrase(String field, String text) {
    List<PositionedTerm> cover = cover(tokens(field, text));
    if (cover.isEmpty()) {
      return new MatchNoDocsQuery("no letter or digit in \"" + text + "\"");
    }
    if (cover.size() == 1) {
      return new TermQuery(new Term(field, cover.get(0).term()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (PositionedTerm token : cover) {
      phrase.add(new Term(field, token.term()), token.position());
    }
    return phrase.build();
  }

  /** The fewest tokens whose characters cover the string: bigrams, then a unigram only where needed. */
  static List<PositionedTerm> cover(List<PositionedTerm> tokens) {
    Map<Integer, PositionedTerm> unigrams = new HashMap<>();
    Map<Integer, PositionedTerm> bigrams = new HashMap<>();
    int last = -1;
    for (PositionedTerm token : tokens) {
      (token.length() == 2 ? bigrams : unigrams).put(token.position(), token);
      last = Math.max(last, token.position() + token.length() - 1);
    }
    List<PositionedTerm> cover = new ArrayList<>();
    int position = 0;
    while (position <= last) {
      PositionedTerm bigram = bigrams.get(position);
      if (bigram != null) {
        cover.add(bigram);
        position += 2;
      } else if (position == last && bigrams.containsKey(position - 1)) {
        cover.add(bigrams.get(position - 1));
        position++;
      } else {
        PositionedTerm unigram = unigrams.get(position);
        if (unigram == null) {
          throw new IllegalStateException("no token at position " + position);
        }
        cover.add(unigram);
        position++;
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
