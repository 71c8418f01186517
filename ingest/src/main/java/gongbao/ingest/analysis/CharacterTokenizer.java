package gongbao.ingest.analysis;

import java.io.IOException;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The character field's tokens: every letter, digit or ideograph (〇 too) sits at its own position
 * (its index among them; everything else is skipped without leaving a gap), normalised.
 *
 * <ul>
 *   <li>A run of neighbouring Han characters gives a bigram at each position but the last (position
 *       length 2), plus a unigram of its first character and one of its last. A run of one Han
 *       character is a unigram.
 *   <li>Any other letter or digit is a unigram of its own; it ends a Han run, as do punctuation and
 *       spaces, so no bigram spans them.
 * </ul>
 *
 * So every Han character is covered by a term that starts with it: the first of a bigram, or a
 * unigram at the edge of a run. A run of n characters gives n + 1 tokens (n = 1: one), about half of
 * what all unigrams plus all bigrams would, and {@link CharacterPhrases} still finds any string
 * exactly: a one-character string by the prefix of the terms, a longer one by its bigrams, with a
 * unigram only where the string itself has a lone Han character, which its neighbours put at the edge
 * of a run in the text too.
 */
public final class CharacterTokenizer extends Tokenizer {

  /** Type of a Han unigram, as {@link org.apache.lucene.analysis.cjk.CJKBigramFilter} names it. */
  static final String SINGLE = "<SINGLE>";
  /** Type of a Han bigram. */
  static final String DOUBLE = "<DOUBLE>";
  /** Type of a letter or digit that is not Han. */
  static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute positionIncrementAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute positionLengthAtt = addAttribute(PositionLengthAttribute.class);

  private final char[] buffer = new char[4096];
  private int bufferLength;
  private int bufferIndex;
  private int offset;
  private boolean exhausted;

  /** The last Han character of the current run (-1: no run), its offsets, and the run's length so far. */
  private int runLast = -1;
  private int runLastStart;
  private int runLastEnd;
  private int runLength;

  /** Tokens made but not yet returned: one input character makes at most two. */
  private final PendingTokens pending = new PendingTokens();
  private final IntUnaryOperator offsetCorrection = this::correctOffset;

  public CharacterTokenizer() {}

  public CharacterTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (pending.isEmpty()) {
      if (exhausted) {
        return false;
      }
      readCharacter();
    }
    pending.emitInto(termAtt, offsetAtt, typeAtt, positionIncrementAtt, positionLengthAtt, offsetCorrection);
    return true;
  }

  /** Reads one code point and queues the tokens it completes. */
  private void readCharacter() throws IOException {
    int start = offset;
    int codePoint = nextCodePoint();
    if (codePoint < 0) {
      exhausted = true;
      endRun();
    } else if (!IndexedCharacters.isIndexed(codePoint)) {
      endRun();
    } else {
      int normalized = normalize(codePoint);
      if (isHan(normalized)) {
        continueRun(normalized, start);
      } else {
        endRun();
        pending.add(normalized, -1, start, offset, 1, 1, ALPHANUM);
      }
    }
  }

  private void continueRun(int codePoint, int start) {
    if (runLength == 1) {
      pending.add(runLast, -1, runLastStart, runLastEnd, 1, 1, SINGLE);
    }
    if (runLength >= 1) {
      pending.add(runLast, codePoint, runLastStart, offset, runLength == 1 ? 0 : 1, 2, DOUBLE);
    }
    runLast = codePoint;
    runLastStart = start;
    runLastEnd = offset;
    runLength++;
  }

  /** The run's last character as a unigram (its only token if the run has one character). */
  private void endRun() {
    if (runLength > 0) {
      pending.add(runLast, -1, runLastStart, runLastEnd, 1, 1, SINGLE);
      runLength = 0;
      runLast = -1;
    }
  }

  private int nextCodePoint() throws IOException {
    if (bufferIndex >= bufferLength) {
      bufferLength = input.read(buffer, 0, buffer.length - 1);
      bufferIndex = 0;
      if (bufferLength <= 0) {
        bufferLength = 0;
        return -1;
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
    bufferIndex += width;
    offset += width;
    return codePoint;
  }

  private static int normalize(int codePoint) {
    return Character.isBmpCodePoint(codePoint) ? TextNormalizer.normalize((char) codePoint) : codePoint;
  }

  /** Whether a code point is a Han character (the common block first: most text is in it). */
  static boolean isHan(int codePoint) {
    if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
      return true;
    }
    return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufferLength = 0;
    bufferIndex = 0;
    offset = 0;
    exhausted = false;
    runLast = -1;
    runLength = 0;
    pending.clear();
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(offset);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
