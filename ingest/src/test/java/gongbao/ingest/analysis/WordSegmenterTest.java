package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordSegmenterTest {

  private final WordSegmenter segmenter = new WordSegmenter();

  @Test
  void every_token_offset_points_at_its_word_in_the_normalised_text() {
    SegmentedText text = segmenter.segment("为外卖配送员这一工会的“服务对象”,ＡＢＣ 发展。\n第二行。");
    assertTrue(text.text().contains("abc"));
    for (Token token : text.tokens()) {
      assertEquals(token.word(), text.text().substring(token.offset(), token.end()));
    }
  }

  @Test
  void pathological_input_is_cut_into_bounded_pieces() {
    SegmentedText text = segmenter.segment("哈".repeat(10_000));
    assertEquals(10_000, text.text().length());
    assertEquals(10_000, text.tokens().stream().mapToInt(token -> token.word().length()).sum());
  }

  @Test
  void boundaries_are_known_at_word_starts_and_ends() {
    SegmentedText text = segmenter.segment("杭州市总工会");
    assertTrue(text.isBoundary(0));
    assertTrue(text.isBoundary(3));
    assertTrue(text.isBoundary(6));
  }
}
