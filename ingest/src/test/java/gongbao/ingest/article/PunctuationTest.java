package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PunctuationTest {

  @Test
  void a_long_closing_note_of_staff_ends_its_paragraph() {
    assertTrue(Punctuation.endsParagraph(
        "（本报记者屈佩、周翰博、黄培昭、张朋辉、花放、马菲、任彦、景玥、徐伟、丁雪真、张远南、张梦旭、刘军国、韩硕）"));
  }

  @Test
  void a_paragraph_cut_inside_a_long_bracket_stays_open() {
    assertFalse(Punctuation.endsParagraph("会上，代表们围绕职工技能提升（包括新就业形态劳动者、农民工、高校毕业生、退役军人等群体的培训）"
        + "展开讨论"));
    assertFalse(Punctuation.endsParagraph("会上，代表们围绕职工技能提升（包括新就业形态劳动者、农民工、高校毕业生、退役军人等群体的技能培训和"
        + "职业资格认定）"));
  }

  @Test
  void a_pair_left_open_is_one_opened_and_not_closed_after_it() {
    assertTrue(Punctuation.leavesOpen("（新华社北京", "（(", "）)"));
    assertFalse(Punctuation.leavesOpen("（新华社北京10月1日电）", "（(", "）)"));
    assertTrue(Punctuation.leavesOpen("电）本报记者（", "（(", "）)"), "a closer with nothing open closes nothing");
  }

  @Test
  void a_signature_after_a_dash_ends_a_paragraph() {
    assertTrue(Punctuation.endsParagraph("——编 者"));
    assertTrue(Punctuation.endsParagraph("——编者"));
    assertTrue(Punctuation.endsParagraph("——@心无旁骛"));
    assertTrue(Punctuation.endsParagraph("——@qq_2020"));
    assertFalse(Punctuation.endsParagraph("——2020年"));
    assertFalse(Punctuation.endsParagraph("——这是编者在本期开头写给读者的几句话"));
    assertFalse(Punctuation.endsParagraph("——编者，"));
  }

  @Test
  void a_sentence_signed_by_a_dash_and_a_name_on_its_line_is_complete() {
    assertTrue(Punctuation.endsWithSignedSentence("“疫情过后，我希望能多陪陪家人”。——汪小勇"));
    assertFalse(Punctuation.endsWithSignedSentence("他说，疫情过后——汪小勇"));
    assertFalse(Punctuation.endsWithSignedSentence("他说，疫情过后我希望能多陪陪家人。——这是汪小勇在本期开头写给读者的话"));
  }

  @Test
  void a_note_in_brackets_and_a_column_in_brackets_are_told_apart() {
    assertTrue(Punctuation.isBracketedNote("（新华社北京2月19日电）"));
    assertFalse(Punctuation.isBracketedNote("技术迭代打开无限想象力（人民观点）"));
    assertTrue(Punctuation.endsWithColumnInBrackets("技术迭代打开无限想象力（人民观点）"));
    assertFalse(Punctuation.endsWithColumnInBrackets("（新华社北京2月19日电）"));
    assertFalse(Punctuation.closesWithBracket(""));
  }

  @Test
  void a_column_with_its_series_in_brackets_may_be_long() {
    assertTrue(Punctuation.endsWithColumnInBrackets("解决好职工的急难愁盼（深入学习贯彻中国工会第十八次全国代表大会精神·新时代工会新实践·基层工会记者观察）"));
  }

  @Test
  void a_point_after_a_digit_at_the_end_is_a_number_cut_in_two_not_a_full_stop() {
    assertFalse(Punctuation.endsParagraph("职工满意度为85."));
    assertTrue(Punctuation.endsParagraph("职工满意度为85.7分。"));
  }

  @Test
  void a_dash_and_a_name_signs_a_quotation_but_a_longer_dash_line_may_be_a_subtitle() {
    assertTrue(Punctuation.isDashNameSignature("——习近平"));
    assertTrue(Punctuation.isDashNameSignature("——编 者"));
    assertFalse(Punctuation.isDashNameSignature("——元旦献词"));
    assertFalse(Punctuation.isDashNameSignature("——@心无旁骛"));
  }
}
