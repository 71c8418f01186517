package gongbao.ingest.analysis;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Word tokens from HanLP. The input is normalised ({@link TextNormalizer}), cut into bounded pieces
 * ({@link TextPieces}) and segmented piece by piece; punctuation and whitespace are dropped. Offsets
 * point into the original text.
 */
public final class HanLpTokenizer extends Tokenizer {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final Segment segmenter;

  private final StringBuilder text = new StringBuilder();
  private final List<Term> pieceTerms = new ArrayList<>();
  private int pieceStart;
  private int pieceEnd;
  private int termIndex;
  private int finalOffset;

  /** A tokenizer with the union dictionary: what Gongbao indexes with. */
  public HanLpTokenizer() {
    this(HanLpSegmenters.Vocabulary.WITH_UNION_DICTIONARY);
  }

  public HanLpTokenizer(HanLpSegmenters.Vocabulary vocabulary) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, vocabulary);
  }

  public HanLpTokenizer(AttributeFactory factory, HanLpSegmenters.Vocabulary vocabulary) {
    super(factory);
    this.segmenter = HanLpSegmenters.newSegmenter(vocabulary);
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (true) {
      while (termIndex < pieceTerms.size()) {
        Term term = pieceTerms.get(termIndex++);
        if (isWord(term)) {
          int start = pieceStart + term.offset;
          termAtt.setEmpty().append(term.word);
          offsetAtt.setOffset(correctOffset(start), correctOffset(start + term.word.length()));
          posIncAtt.setPositionIncrement(1);
          return true;
        }
      }
      if (pieceEnd >= text.length()) {
        return false;
      }
      pieceStart = pieceEnd;
      pieceEnd = TextPieces.pieceEnd(text, pieceStart, text.length());
      pieceTerms.clear();
      pieceTerms.addAll(segmenter.seg(text.substring(pieceStart, pieceEnd)));
      termIndex = 0;
    }
  }

  private static boolean isWord(Term term) {
    if (term.word.isBlank()) {
      return false;
    }
    for (int i = 0; i < term.word.length(); i++) {
      if (Character.isLetterOrDigit(term.word.charAt(i))) {
        return true;
      }
    }
    return false;
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
    pieceTerms.clear();
    pieceStart = 0;
    pieceEnd = 0;
    termIndex = 0;
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
    pieceTerms.clear();
  }
}
