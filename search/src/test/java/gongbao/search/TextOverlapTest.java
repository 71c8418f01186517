package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextOverlapTest {

  private static final String PRINTED = "本报讯 记者林晓报道 5月8日，青田县总工会在县城开出第一家户外劳动者驿站，"
      + "环卫工人和快递小哥可以在这里喝水、热饭、给手机充电。\n驿站每天早上六点开门，晚上九点关门。";

  @Test
  void a_reprint_with_other_punctuation_full_width_digits_and_traditional_characters_is_printed_whole() {
    String draft = "本報訊 記者林曉報道　５月８日,青田縣總工會在縣城開出第一家戶外勞動者驛站,"
        + "環衛工人和快遞小哥可以在這裏喝水、熱飯、給手機充電。驛站每天早上六點開門,晚上九點關門。";
    TextOverlap.Overlap overlap = new TextOverlap(draft).in(PRINTED);
    assertEquals(1.0, overlap.share());
    assertEquals(new TextOverlap(draft).characters(), overlap.passageChars());
    assertTrue(overlap.passage().startsWith("本報訊"), "the passage is shown as the draft has it: " + overlap.passage());
  }

  @Test
  void a_draft_that_adds_to_a_printed_paragraph_shares_that_paragraph_as_its_longest_passage() {
    String added = "记者从市总工会获悉，全市今年还将新建二十家驿站，覆盖所有乡镇街道和主要工业园区。";
    String draft = "驿站每天早上六点开门，晚上九点关门。" + added;
    TextOverlap.Overlap overlap = new TextOverlap(draft).in(PRINTED);
    assertTrue(overlap.share() > 0.2 && overlap.share() < 0.5, "share " + overlap.share());
    assertEquals("驿站每天早上六点开门，晚上九点关门", overlap.passage());
    assertEquals(16, overlap.passageChars());
  }

  @Test
  void an_unrelated_text_shares_nothing() {
    TextOverlap.Overlap overlap = new TextOverlap("省职工篮球赛昨日在体育中心闭幕，十二支代表队参赛。").in(PRINTED);
    assertEquals(0.0, overlap.share());
    assertEquals(0, overlap.passageChars());
    assertEquals("", overlap.passage());
  }

  @Test
  void only_letters_digits_and_ideographs_are_counted() {
    assertEquals(8, new TextOverlap("“劳模，工匠！” —— 2024 ").characters());
  }

  @Test
  void a_long_shared_passage_is_cut_for_showing_but_counted_whole() {
    String text = "工会驿站".repeat(5) + "职工之家建设".repeat(60);
    TextOverlap.Overlap overlap = new TextOverlap(text).in(text);
    assertEquals(text.length(), overlap.passageChars());
    assertEquals(TextOverlap.MAX_PASSAGE_CHARS + 1, overlap.passage().length());
    assertTrue(overlap.passage().endsWith("…"));
  }
}
