package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {

  @Test
  void reads_special_correspondent_in_brackets_after_dateline() {
    BylineParser.Lead lead = BylineParser.lead("本报讯(特约记者王小川)3月5日,某市总工会召开会议。");
    assertEquals("本报讯", lead.dateline());
    assertEquals(List.of("王小川"), lead.credits().reporters());
  }

  @Test
  void reads_reporter_and_correspondents_in_full_width_brackets() {
    BylineParser.Lead lead = BylineParser.lead("本报讯（记者李明 通讯员赵一 钱二）近日,县总工会举办培训。");
    assertEquals(List.of("李明"), lead.credits().reporters());
    assertEquals(List.of("赵一", "钱二"), lead.credits().correspondents());
  }

  @Test
  void reads_reported_by_form_with_roles_in_any_order() {
    BylineParser.Lead lead = BylineParser.lead("本报讯 通讯员孙红 记者周强报道 日前,市总工会启动活动。");
    assertEquals("本报讯", lead.dateline());
    assertEquals(List.of("周强"), lead.credits().reporters());
    assertEquals(List.of("孙红"), lead.credits().correspondents());
  }

  @Test
  void reads_names_joined_by_enumeration_comma() {
    BylineParser.Lead lead = BylineParser.lead("本报讯 通讯员吴一、郑二报道 近日,学院开展活动。");
    assertEquals(List.of("吴一", "郑二"), lead.credits().correspondents());
  }

  @Test
  void reads_agency_dateline_with_place_and_date() {
    BylineParser.Lead lead = BylineParser.lead("新华社北京3月1日电（记者张三）国务院新闻办公室1日发布消息。");
    assertEquals("新华社北京3月1日电", lead.dateline());
    assertEquals(List.of("张三"), lead.credits().reporters());
  }

  @Test
  void reads_reporter_without_dateline() {
    BylineParser.Lead lead = BylineParser.lead("记者陈东报道 “读书让我更有底气。”一名职工说。");
    assertNull(lead.dateline());
    assertEquals(List.of("陈东"), lead.credits().reporters());
  }

  @Test
  void paragraph_without_credits_has_no_lead() {
    assertFalse(BylineParser.hasLead("今年以来,全市新建职工书屋20家。"));
  }

  @Test
  void staff_line_puts_names_before_any_role_word_under_authors() {
    String line = "王大海 本报记者 刘星 本报通讯员 何月";
    assertTrue(BylineParser.isStaffLine(line));
    BylineParser.Credits credits = BylineParser.staffLine(line, StaffRole.AUTHOR);
    assertEquals(List.of("王大海"), credits.authors());
    assertEquals(List.of("刘星"), credits.reporters());
    assertEquals(List.of("何月"), credits.correspondents());
  }

  @Test
  void names_alone_and_square_marked_author_are_staff_lines() {
    assertTrue(BylineParser.isStaffLine("冯一 褚二"));
    assertTrue(BylineParser.isStaffLine("卫三"));
    assertTrue(BylineParser.isStaffLine("■蒋四平"));
    assertEquals(List.of("蒋四平"), BylineParser.staffLine("■蒋四平", StaffRole.AUTHOR).authors());
  }

  @Test
  void square_marked_box_label_is_not_a_staff_line() {
    assertFalse(BylineParser.isStaffLine("■链接"));
    assertFalse(BylineParser.isStaffLine("■编后"));
    assertFalse(BylineParser.isStaffLine("■童言日记"));
    assertTrue(BylineParser.isStaffLine("■欧阳五一"));
    assertFalse(BylineParser.isStaffLine("■小贴士·滑雪安全"));
  }

  @Test
  void signature_with_country_or_role_in_brackets_is_a_staff_line() {
    assertEquals("让—弗朗索瓦·唐泽尔", BylineParser.bracketSignature("（法国）让—弗朗索瓦·唐泽尔"));
    assertEquals("施小军", BylineParser.bracketSignature("施小军（某文学杂志主编）"));
    assertEquals("王雷", BylineParser.bracketSignature("王 雷（演员）"));
    assertTrue(BylineParser.isStaffLine("（意大利）方澜意"));
    assertEquals(List.of("方澜意"), BylineParser.staffLine("（意大利）方澜意", StaffRole.AUTHOR).authors());
    assertNull(BylineParser.bracketSignature("（二十）加强监督问责"));
    assertNull(BylineParser.bracketSignature("方舱日记（英雄的城市）"));
    assertNull(BylineParser.bracketSignature("王五摄（人民视觉）"));
  }

  @Test
  void headline_is_not_a_staff_line() {
    assertFalse(BylineParser.isStaffLine("职工书屋开进车间"));
    assertFalse(BylineParser.isStaffLine("劳模工匠 助企发展"));
  }

  @Test
  void writer_and_photographer_on_one_credit_line() {
    assertTrue(BylineParser.isCreditLine("本报记者 田 泓文 计海新摄（影像记录）"));
    BylineParser.Credits credits = BylineParser.creditLine("本报记者 田 泓文 计海新摄（影像记录）");
    assertEquals(List.of("田泓"), credits.reporters());
    assertEquals(List.of("计海新"), credits.photographers());
    assertFalse(BylineParser.isCreditLine("驿站里的温暖故事文 大家都来摄"));
  }

  @Test
  void photo_credit_names_photographers() {
    assertTrue(BylineParser.isCreditLine("本报记者 沈五 摄"));
    assertEquals(List.of("沈五"), BylineParser.creditLine("本报记者 沈五 摄").photographers());
    assertEquals(List.of("韩六", "杨七"), BylineParser.creditLine("韩六 杨七 摄").photographers());
  }

  @Test
  void two_character_name_printed_with_a_space_is_one_name() {
    assertEquals(List.of("朱八"), BylineParser.creditLine("本报记者 朱 八摄").photographers());
  }

  @Test
  void author_note_is_recognised() {
    assertTrue(BylineParser.isAuthorNote("(作者系某区总工会组织部部长)"));
    assertTrue(BylineParser.isAuthorNote("（作者为某大学教授）"));
    assertFalse(BylineParser.isAuthorNote("(下转第3版)"));
  }

  @Test
  void designer_credit_is_staff_but_names_nobody() {
    assertTrue(BylineParser.isStaffLine("制图：秦九"));
    assertTrue(BylineParser.staffLine("制图：秦九", StaffRole.AUTHOR).isEmpty());
  }

  @Test
  void picture_and_text_credit_names_illustrator_and_writer() {
    assertTrue(BylineParser.isCreditLine("柏 一图 林二文"));
    BylineParser.Credits credits = BylineParser.creditLine("柏 一图 林二文");
    assertEquals(List.of("柏一"), credits.photographers());
    assertEquals(List.of("林二"), credits.authors());
  }

  @Test
  void short_headlines_shaped_like_bare_names_are_not_staff_lines() {
    assertFalse(BylineParser.isStaffLine("戏雪"));
    assertFalse(BylineParser.isStaffLine("舞龙狮 赏春光"));
    assertFalse(BylineParser.isStaffLine("驰  援"));
    assertTrue(BylineParser.isStaffLine("郑青青 周永祥"));
    assertTrue(BylineParser.isStaffLine("欧阳晓"));
  }

  @Test
  void a_dateline_quoted_from_an_agency_is_a_lead() {
    BylineParser.Lead lead = BylineParser.lead("据新华社苏瓦5月4日电  （记者张永兴）中国政府援助斐济的首批抗疫物资4日运抵。");
    assertEquals("新华社苏瓦5月4日电", lead.dateline());
    assertEquals(List.of("张永兴"), lead.credits().reporters());
  }

  @Test
  void agency_alone_on_a_line_is_a_credit_without_names() {
    for (String line : List.of("新华社发", "影像中国", "（人民视觉）")) {
      assertTrue(BylineParser.isCreditLine(line), line);
      assertTrue(BylineParser.creditLine(line).isEmpty(), line);
    }
  }

  @Test
  void photo_supplied_by_an_institution_is_a_credit_without_names() {
    for (String line : List.of("市总工会宣传部供图", "职工文化宫供图（新华社发）")) {
      assertTrue(BylineParser.isCreditLine(line), line);
      assertTrue(BylineParser.creditLine(line).isEmpty(), line);
    }
    assertEquals(List.of("张三"), BylineParser.creditLine("张三供图").photographers());
    assertFalse(BylineParser.isCreditLine("市总工会为驿站提供图书"));
  }

  @Test
  void names_before_a_photo_credit_need_no_common_family_name() {
    assertTrue(BylineParser.isCreditLine("雒 圆摄（新华社发）"));
    assertTrue(BylineParser.isCreditLine("欧阳光林摄（影像中国）"));
    assertTrue(BylineParser.isCreditLine("银 燕 牟 健摄影报道"));
    assertEquals(List.of("雒圆"), BylineParser.creditLine("雒 圆摄（新华社发）").photographers());
    assertFalse(BylineParser.isCreditLine("冬日里的城市风景线摄影"));
  }

  @Test
  void editors_and_contact_lines_that_close_a_column_are_staff_lines() {
    for (String line : List.of("本期统筹：杨烁壁", "统筹：郭雪岩", "版面设计：蔡华伟", "图片来源：人民视觉", "栏目投稿邮箱：yxxz8494@163.com")) {
      assertTrue(BylineParser.isStaffLine(line), line);
      assertTrue(BylineParser.staffLine(line, StaffRole.AUTHOR).isEmpty(), line);
    }
  }

  @Test
  void reader_signing_with_place_and_name_is_the_author() {
    assertTrue(BylineParser.isStaffLine("辽宁大连市 王艺侨"));
    assertEquals(List.of("王艺侨"), BylineParser.staffLine("辽宁大连市 王艺侨", StaffRole.REPORTER).authors());
    assertFalse(BylineParser.isStaffLine("北京市 朝阳区"));
  }

  @Test
  void reporters_box_label_is_not_a_byline() {
    assertFalse(BylineParser.isStaffLine("■记者手记"));
    assertFalse(BylineParser.isStaffLine("记者观察"));
    assertFalse(BylineParser.isStaffLine("【记者感言】"));
    assertTrue(BylineParser.isStaffLine("■颜利亚"));
    assertTrue(BylineParser.isStaffLine("本报记者 张楠"));
  }

  @Test
  void page_furniture_credit_is_labelled_with_or_without_a_colon() {
    assertTrue(BylineParser.isLabelledCredit("版式设计：蔡华伟"));
    assertTrue(BylineParser.isLabelledCredit("版式设计 蔡华伟"));
    assertTrue(BylineParser.isStaffLine("制图 张丹峰 汪哲平"));
    assertFalse(BylineParser.isLabelledCredit("制图 这样的活儿也能学会吗"));
    assertTrue(BylineParser.isLabelledCredit("供图：张楠（某市总工会）")); // who supplied the pictures
  }

  @Test
  void stage_photo_title_picture_interview_and_content_credits_are_labelled_credits() {
    assertTrue(BylineParser.isLabelledCredit("剧照摄影：刘海栋"));
    assertTrue(BylineParser.isLabelledCredit("题图设计：张丹峰"));
    assertTrue(BylineParser.isLabelledCredit("采访整理：本报记者 易舒冉"));
    assertTrue(BylineParser.isLabelledCredit("内容统筹：本报编辑 马力    图表设计：本报美编 张楠"));
    assertTrue(BylineParser.isLabelledCredit("稿件统筹：马力 张楠"));
  }

  @Test
  void photo_credit_with_a_space_before_its_agency_and_a_writing_credit_are_credits() {
    assertTrue(BylineParser.isCreditLine("计海新摄 （影像中国）"));
    assertTrue(BylineParser.isLabelledCredit("采写：本报记者马力、张楠"));
  }

  @Test
  void photo_credit_names_written_with_a_middle_dot_and_a_sources_credit_are_credits() {
    assertTrue(BylineParser.isCreditLine("库尔班江·马木提摄（影像中国）"));
    assertTrue(BylineParser.isLabelledCredit("资料和数据来源：本报及新华社报道"));
  }

  @Test
  void the_word_for_writing_down_a_story_is_not_part_of_the_name() {
    assertEquals(List.of("张楠"), BylineParser.staffLine("本报记者 张楠整理", StaffRole.AUTHOR).reporters());
    assertEquals(List.of("王云娜"), BylineParser.staffLine("本报记者  王云娜整理", StaffRole.AUTHOR).reporters());
    assertEquals(List.of("柯仲甲"), BylineParser.staffLine("本报记者 柯仲甲采访整理", StaffRole.AUTHOR).reporters());
    assertEquals(List.of("潘俊强", "马双军"), BylineParser.staffLine("潘俊强  马双军整理", StaffRole.AUTHOR).authors());
  }

  @Test
  void a_province_s_name_is_no_staff_line_though_it_reads_like_a_name() {
    assertTrue(BylineParser.isStaffLine("宁静"));
    assertFalse(BylineParser.isStaffLine("宁夏"));
    assertFalse(BylineParser.isStaffLine("吉  林"));
    assertTrue(BylineParser.isStaffLine("本报记者 吉林"), "with a role word a name may be anything");
  }
}
