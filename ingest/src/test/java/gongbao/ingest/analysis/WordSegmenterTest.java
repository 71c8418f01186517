package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {

  private final WordSegmenter segmenter = new WordSegmenter();

  @Test
  void every_token_offset_points_at_its_word_in_the_normalised_text() {
    SegmentedText text = segmenter.segment("为外卖配送员这一工会的“服务对象”,ＡＢＣ 发展。\n第二行。");
    assertTrue(text.text().contains("abc"));
    assertTrue(text.tokens().size() > 10, text.tokens().toString());
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
  void no_word_reaches_across_the_end_of_a_piece() {
    String text = "中华人民共和国".repeat(200); // no break to cut at: cut hard every 512 characters, inside the word
    SegmentedText segmented = segmenter.segment(text);
    assertTrue(segmented.tokens().stream().anyMatch(token -> token.word().equals("中华人民共和国")), "a known word");
    int end = TextPieces.pieceEnd(text, 0, text.length());
    assertTrue(end % 7 != 0, "the first piece ends inside a word");
    for (; end < text.length(); end = TextPieces.pieceEnd(text, end, text.length())) {
      assertTrue(segmented.isBoundary(end), "a piece ends at " + end);
    }
  }

  @Test
  void a_line_is_segmented_as_if_it_stood_alone() {
    String before = "你还记得，上一次还共享充电宝被扣了多少钱吗？\n";
    String line = "雷越岚回忆，今年9月在福建晋江动车车站借充电宝。";
    List<String> alone = segmenter.segment(line).tokens().stream().map(Token::word).toList();
    List<Token> together = segmenter.segment(before + line).tokens();
    List<String> inPlace =
        together.stream().filter(token -> token.offset() >= before.length()).map(Token::word).toList();
    assertEquals(alone, inPlace); // with the line before it in one piece HanLP cut 雷/n 越/d 岚/nz, alone 雷越/nr 岚/nz
  }

  @Test
  void boundaries_are_known_at_word_starts_and_ends() {
    SegmentedText text = segmenter.segment("杭州市总工会");
    assertTrue(text.isBoundary(0));
    assertTrue(text.isBoundary(3));
    assertTrue(text.isBoundary(6));
  }
}
