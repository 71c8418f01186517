package gongbao.ingest.analysis;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments text with HanLP: normalised first ({@link TextNormalizer}, length-preserving), then cut
 * into bounded pieces ({@link TextPieces}) so that the cost stays linear however long a paragraph is.
 * Whitespace is dropped; every other word keeps HanLP's part-of-speech tag. Owns a HanLP segmenter,
 * so an instance belongs to one thread.
 */
public final class WordSegmenter {

  private final Segment segment = HanLpSegmenters.newSegmenter();

  /** Normalises and segments one text; offsets are offsets in the normalised text. */
  public SegmentedText segment(String rawText) {
    String text = TextNormalizer.normalize(rawText);
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = TextPieces.pieceEnd(text, start, text.length());
      tokens.addAll(segmentPiece(text, start, end));
      start = end;
    }
    return new SegmentedText(text, tokens);
  }

  /** The words of {@code text[start, end)}, an already normalised piece, with offsets in {@code text}. */
  List<Token> segmentPiece(CharSequence text, int start, int end) {
    List<Term> terms = segment.seg(text.subSequence(start, end).toString());
    List<Token> tokens = new ArrayList<>(terms.size());
    for (Term term : terms) {
      if (!term.word.isBlank()) {
        tokens.add(new Token(term.word, start + term.offset, String.valueOf(term.nature)));
      }
    }
    return tokens;
  }
}
