package gongbao.ingest.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index words of a text that was segmented already (during extraction), as a token stream: the
 * same tokens, offsets and positions as {@link HanLpTokenizer} gives for that text, without segmenting
 * it again. Built by {@link GongbaoAnalyzers#words(SegmentedText)}.
 */
final class SegmentedTokenStream extends TokenStream {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final List<Token> words;
  private final int finalOffset;
  private int next;

  SegmentedTokenStream(List<Token> words, int finalOffset) {
    this.words = words;
    this.finalOffset = finalOffset;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (next >= words.size()) {
      return false;
    }
    Token word = words.get(next++);
    termAtt.setEmpty().append(word.word());
    offsetAtt.setOffset(word.offset(), word.end());
    posIncAtt.setPositionIncrement(1);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
