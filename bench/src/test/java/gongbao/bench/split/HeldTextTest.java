package gongbao.bench.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeldTextTest {

  @Test
  void closing_credit_read_as_byline_is_still_held() {
    assertTrue(HeldText.exact("正文一。正文二。新华社记者白雪飞摄", List.of(), List.of("新华社记者白雪飞摄"), "正文一。正文二。"));
  }

  @Test
  void staff_line_above_and_credit_below_are_held_in_page_order() {
    assertTrue(HeldText.exact("本报记者高山正文。版式设计：蔡华伟", List.of(), List.of("本报记者高山", "版式设计：蔡华伟"), "正文。"));
    assertFalse(HeldText.exact("正文。本报记者高山版式设计：蔡华伟", List.of(), List.of("版式设计：蔡华伟", "本报记者高山"), "正文。"));
  }

  @Test
  void photo_credits_between_closing_captions_are_held_in_page_order() {
    assertTrue(HeldText.exact("正文。图①：甲。张文摄图②：乙。贺勇摄", List.of(), List.of("张文摄", "贺勇摄"), "正文。图①：甲。图②：乙。"));
    assertFalse(HeldText.exact("正文。图①：甲。张文摄图②：乙。贺勇摄", List.of(), List.of("贺勇摄", "张文摄"), "正文。图①：甲。图②：乙。"));
    assertFalse(HeldText.exact("正文。图①：甲。张文摄图②：乙。贺勇摄", List.of(), List.of("张文摄", "贺勇摄"), "正文。图②：乙。图①：甲。"));
  }

  @Test
  void known_text_without_what_the_article_lifted_shows_where_a_body_differs() {
    assertEquals("正文一。正文二。", HeldText.withoutLifted("核心阅读提示文字。正文一。正文二。新华社记者白雪飞摄",
        List.of("提示文字。"), List.of("新华社记者白雪飞摄")));
    assertEquals("正文。", HeldText.withoutLifted("正文。", List.of("别处的框。"), List.of("别处的署名")));
  }

  @Test
  void reading_tip_box_may_move_out_of_the_body_with_its_label() {
    assertTrue(HeldText.exact("核心阅读提示文字。正文。", List.of("提示文字。"), List.of(), "正文。"));
    assertTrue(HeldText.exact("正文前半阅读提示提示文字。正文后半。", List.of("提示文字。"), List.of(), "正文前半正文后半。"));
  }

  @Test
  void two_boxes_of_one_article_may_each_come_from_their_own_place() {
    assertTrue(HeldText.exact("核心阅读甲。正文前半阅读提示乙。正文后半。", List.of("乙。", "甲。"), List.of(), "正文前半正文后半。"));
    assertFalse(HeldText.exact("核心阅读甲。正文前半阅读提示乙。正文后半。", List.of("甲。乙。"), List.of(), "正文前半正文后半。"));
  }

  @Test
  void box_cut_by_another_box_is_held_once_the_inner_box_is_lifted() {
    assertTrue(HeldText.exact("核心阅读提示前半阅读提示乙。提示后半。正文。", List.of("提示前半提示后半。", "乙。"), List.of(), "正文。"));
    assertFalse(HeldText.exact("核心阅读提示前半阅读提示乙。提示后半。正文。", List.of("提示前半提示后半。"), List.of(), "乙。正文。"));
  }

  @Test
  void lost_or_borrowed_text_is_not_held() {
    assertFalse(HeldText.exact("正文一。正文二。", List.of(), List.of(), "正文一。"));
    assertFalse(HeldText.exact("正文一。", List.of(), List.of(), "正文一。邻居的正文。"));
    assertFalse(HeldText.exact("正文一。", List.of("别处的提示。"), List.of(), "正文一。"));
    assertFalse(HeldText.exact("正文一。", List.of(), List.of("邻居的署名"), "正文一。"));
  }

  @Test
  void body_text_cannot_be_moved_like_a_box() {
    assertFalse(HeldText.exact("正文一。正文二。", List.of(), List.of(), "正文二。正文一。"));
  }
}
