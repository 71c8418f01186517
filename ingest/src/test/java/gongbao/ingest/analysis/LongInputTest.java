package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Pathological input (100,000 × 哈, a 2 MB paragraph) is segmented in bounded pieces, so the work
 * grows linearly: twice the text is twice the pieces (one segmenter call each) and twice the tokens.
 */
class LongInputTest {

  private static final String SENTENCE = "推荐新就业形态劳动者参加劳模、工匠、五一劳动奖章等评选,"; // 001
  private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

  @Test
  void a_paragraph_without_breaks_is_cut_hard_into_pieces_of_bounded_length() {
    List<Integer> lengths = pieceLengths("哈".repeat(100_000));
    assertTrue(lengths.stream().allMatch(length -> length <= TextPieces.MAX_PIECE_CHARS), lengths.toString());
    assertEquals(100_000, lengths.stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void a_two_megabyte_paragraph_is_cut_at_punctuation_into_bounded_pieces() {
    String paragraph = repeatTo(SENTENCE, TWO_MEGABYTES);
    List<Integer> lengths = pieceLengths(paragraph);
    assertTrue(lengths.stream().allMatch(length -> length <= TextPieces.MAX_PIECE_CHARS));
    assertEquals(paragraph.length(), lengths.stream().mapToInt(Integer::intValue).sum());
    assertTrue(lengths.size() <= paragraph.length() / (TextPieces.MAX_PIECE_CHARS - SENTENCE.length()) + 1);
  }

  @Test
  void twice_the_text_is_twice_the_pieces_and_twice_the_tokens() {
    int n = 100 * TextPieces.MAX_PIECE_CHARS;
    String once = "哈".repeat(n);
    String twice = "哈".repeat(2 * n);
    assertEquals(2 * pieceLengths(once).size(), pieceLengths(twice).size());
    try (Analyzer words = GongbaoAnalyzers.words()) {
      assertEquals(2 * tokenCount(words, once), tokenCount(words, twice));
      // whole sentences, so that both texts are cut into identical pieces
      assertEquals(2 * tokenCount(words, SENTENCE.repeat(1000)), tokenCount(words, SENTENCE.repeat(2000)));
    }
  }

  @Test
  void every_token_of_a_huge_paragraph_stays_inside_the_text() throws IOException {
    String paragraph = "哈".repeat(100_000);
    try (Analyzer words = GongbaoAnalyzers.words();
        TokenStream stream = words.tokenStream("body_words", paragraph)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int lastEnd = 0;
      while (stream.incrementToken()) {
        assertTrue(offset.startOffset() >= lastEnd && offset.endOffset() <= paragraph.length());
        lastEnd = offset.endOffset();
      }
      stream.end();
      assertEquals(paragraph.length(), offset.endOffset());
      assertEquals(paragraph.length(), lastEnd);
    }
  }

  @Test
  void the_tokenizer_segments_piece_by_piece_so_no_word_reaches_across_a_pieces_end() throws IOException {
    String text = "中华人民共和国".repeat(200); // cut hard every 512 characters, inside the word
    Set<Integer> edges = new HashSet<>();
    try (Analyzer words = GongbaoAnalyzers.words();
        TokenStream stream = words.tokenStream("body_words", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        edges.add(offset.startOffset());
        edges.add(offset.endOffset());
      }
      stream.end();
    }
    int ends = 0;
    for (int end = TextPieces.pieceEnd(text, 0, text.length()); end < text.length(); ends++) {
      assertTrue(edges.contains(end), "a piece ends at " + end);
      end = TextPieces.pieceEnd(text, end, text.length());
    }
    assertEquals(2, ends);
    assertTrue(TextPieces.pieceEnd(text, 0, text.length()) % 7 != 0, "the first piece ends inside a word");
  }

  /** The lengths of the pieces {@link TextPieces} cuts a text into, one segmenter call each. */
  private static List<Integer> pieceLengths(String text) {
    List<Integer> lengths = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = TextPieces.pieceEnd(text, start, text.length());
      lengths.add(end - start);
      start = end;
    }
    return lengths;
  }

  private static int tokenCount(Analyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream("body_words", text)) {
      stream.reset();
      int count = 0;
      while (stream.incrementToken()) {
        count++;
      }
      stream.end();
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String repeatTo(String sentence, int length) {
    return sentence.repeat(length / sentence.length() + 1).substring(0, length);
  }
}
