package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphContinuationTest {

  private static final String PAGE = """
      孔子学院迎来新春

      学院院长介绍了活动安排，副院长负责接待，几位前任院长也到场祝贺。

      拉罗谢尔孔子学院中方院

      长梁爽表示，孔院每年都会举办春节活动。
      """;

  @Test
  void counts_pairs_of_characters_within_lines_only() {
    CharacterPairs pairs = new CharacterPairs(PageLine.linesOf(PAGE));
    assertEquals(3, pairs.count('院', '长'));
    assertEquals(1, pairs.count('祝', '贺'));
    assertEquals(0, pairs.count('贺', '拉'));
  }

  @Test
  void a_line_cut_inside_a_word_the_page_uses_is_continued() {
    CharacterPairs pairs = new CharacterPairs(PageLine.linesOf(PAGE));
    assertTrue(ParagraphContinuation.splitsAWordOfThePage("拉罗谢尔孔子学院中方院", "长梁爽表示，孔院每年都会举办春节活动。", pairs));
    assertFalse(ParagraphContinuation.splitsAWordOfThePage("孔子学院迎来新春", "学院院长介绍了活动安排。", pairs));
  }

  @Test
  void text_opening_with_a_particle_is_the_tail_of_a_sentence() {
    assertTrue(ParagraphContinuation.startsMidSentence("的“经络”上，改革一项接着一项。"));
    assertTrue(ParagraphContinuation.startsMidSentence("了“总导演”，广场变成了舞台。"));
    assertFalse(ParagraphContinuation.startsMidSentence("的确是这样。"));
    assertFalse(ParagraphContinuation.startsMidSentence("了解到这一情况后，工会立即行动。"));
  }
}
