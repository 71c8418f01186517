package gongbao.ingest.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words the index holds for segmented text: union-dictionary runs joined (with {@link
 * Vocabulary#WITH_UNION_DICTIONARY}) within each piece of the text, and tokens without a letter or
 * digit (punctuation, symbols) dropped. The tokenizer and the fields built from text segmented during
 * extraction both go through here, so a text yields the same index words either way.
 */
final class IndexWords {

  private final @Nullable UnionTermMerger merger;

  IndexWords(Vocabulary vocabulary) {
    this.merger = vocabulary == Vocabulary.WITH_UNION_DICTIONARY ? UnionTermMerger.bundled() : null;
  }

  /** The index words of one piece's tokens (see {@link TextPieces}). */
  List<Token> ofPiece(List<Token> pieceTokens) {
    List<Token> words = merger == null ? pieceTokens : merger.merge(pieceTokens);
    List<Token> kept = new ArrayList<>(words.size());
    for (Token word : words) {
      if (hasLetterOrDigit(word.word())) {
        kept.add(word);
      }
    }
    return kept;
  }

  /** The index words of a text segmented by {@link WordSegmenter}, piece by piece as it was cut. */
  List<Token> of(SegmentedText segmented) {
    String text = segmented.text();
    List<Token> tokens = segmented.tokens();
    List<Token> words = new ArrayList<>(tokens.size());
    int next = 0;
    int pieceStart = 0;
    while (pieceStart < text.length()) {
      int pieceEnd = TextPieces.pieceEnd(text, pieceStart, text.length());
      int first = next;
      while (next < tokens.size() && tokens.get(next).offset() < pieceEnd) {
        next++;
      }
      words.addAll(ofPiece(tokens.subList(first, next)));
      pieceStart = pieceEnd;
    }
    return words;
  }

  private static boolean hasLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
