package gongbao.ingest.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * One token per letter or digit (ideographs included), normalised, everything else skipped without
 * leaving a position gap. Han characters are typed {@code <IDEOGRAPHIC>} so that {@link
 * org.apache.lucene.analysis.cjk.CJKBigramFilter} can join neighbours into bigrams; other tokens are
 * typed {@code <ALPHANUM>}. A quoted phrase becomes a phrase of these tokens, so it matches wherever
 * the string occurs, whatever a segmenter would have done with it.
 */
public final class CharacterTokenizer extends Tokenizer {

  static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
  static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final char[] buffer = new char[4096];
  private int bufferLength;
  private int bufferIndex;
  private int offset;

  public CharacterTokenizer() {}

  public CharacterTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (true) {
      if (bufferIndex >= bufferLength) {
        bufferLength = input.read(buffer, 0, buffer.length - 1);
        bufferIndex = 0;
        if (bufferLength <= 0) {
          bufferLength = 0;
          return false;
        }
        if (Character.isHighSurrogate(buffer[bufferLength - 1])) {
          int next = input.read(buffer, bufferLength, 1);
          if (next > 0) {
            bufferLength++;
          }
        }
      }
      int codePoint = Character.codePointAt(buffer, bufferIndex, bufferLength);
      int width = Character.charCount(codePoint);
      int start = offset;
      bufferIndex += width;
      offset += width;
      if (Character.isLetterOrDigit(codePoint)) {
        char[] term = termAtt.resizeBuffer(2);
        int length = Character.toChars(codePoint, term, 0);
        TextNormalizer.normalize(term, length);
        termAtt.setLength(length);
        offsetAtt.setOffset(correctOffset(start), correctOffset(offset));
        typeAtt.setType(isHan(codePoint) ? IDEOGRAPHIC : ALPHANUM);
        return true;
      }
    }
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufferLength = 0;
    bufferIndex = 0;
    offset = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(offset);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
