package gongbao.ingest.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Word tokens from HanLP. The input is normalised ({@link TextNormalizer}), cut into bounded pieces
 * ({@link TextPieces}) and segmented piece by piece ({@link WordSegmenter}); the words kept are the
 * {@link IndexWords} of each piece. Offsets point into the original text.
 */
public final class HanLpTokenizer extends Tokenizer {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final WordSegmenter segmenter = new WordSegmenter();
  private final IndexWords indexWords;

  private final StringBuilder text = new StringBuilder();
  private List<Token> pieceWords = List.of();
  private int pieceEnd;
  private int wordIndex;
  private int finalOffset;

  /** A tokenizer with the union dictionary: what Gongbao indexes with. */
  public HanLpTokenizer() {
    this(Vocabulary.WITH_UNION_DICTIONARY);
  }

  public HanLpTokenizer(Vocabulary vocabulary) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, vocabulary);
  }

  public HanLpTokenizer(AttributeFactory factory, Vocabulary vocabulary) {
    super(factory);
    this.indexWords = new IndexWords(vocabulary);
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (wordIndex >= pieceWords.size()) {
      if (pieceEnd >= text.length()) {
        return false;
      }
      int pieceStart = pieceEnd;
      pieceEnd = TextPieces.pieceEnd(text, pieceStart, text.length());
      pieceWords = indexWords.ofPiece(segmenter.segmentPiece(text, pieceStart, pieceEnd));
      wordIndex = 0;
    }
    Token word = pieceWords.get(wordIndex++);
    termAtt.setEmpty().append(word.word());
    offsetAtt.setOffset(correctOffset(word.offset()), correctOffset(word.end()));
    posIncAtt.setPositionIncrement(1);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    char[] buffer = new char[8192];
    int read;
    while ((read = input.read(buffer)) > 0) {
      TextNormalizer.normalize(buffer, read);
      text.append(buffer, 0, read);
    }
    finalOffset = correctOffset(text.length());
    pieceWords = List.of();
    pieceEnd = 0;
    wordIndex = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    text.setLength(0);
    text.trimToSize();
    pieceWords = List.of();
  }
}
