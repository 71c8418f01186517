package gongbao.ingest.extract.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LeadSummarizerTest {

  @Test
  void the_summary_is_the_lead_without_its_dateline() {
    assertEquals("10月19日,研讨会在北京举办。会议由学院主办。",
        new LeadSummarizer(120).summary("本报讯(记者张菁)10月19日,研讨会在北京举办。会议由学院主办。\n第二段。", "本报讯"));
    assertEquals("近日,武义县总工会召开会议。",
        new LeadSummarizer(120).summary("本报讯 通讯员余瑞德 记者羊荣江报道 近日,武义县总工会召开会议。", "本报讯"));
  }

  @Test
  void the_printed_text_is_kept_and_a_full_width_dateline_taken_off() {
    assertEquals("IT之家消息，三星Galaxy S20今日发布！",
        new LeadSummarizer(120).summary("本报讯（记者　张菁）IT之家消息，三星Galaxy S20今日发布！\n第二段。", "本报讯"));
  }

  @Test
  void a_sites_dateline_is_taken_off_with_its_reporters_and_the_pause_after_it() {
    assertEquals("10月9日，园区举办职工运动会。",
        new LeadSummarizer(120).summary("江城网快讯（记者 李文）10月9日，园区举办职工运动会。\n第二段。", "江城网快讯"));
    assertEquals("东坡科技：9000万元竞得工业用地。",
        new LeadSummarizer(120).summary("东坡时报e公司讯，东坡科技：9000万元竞得工业用地。", "东坡时报e公司讯"));
  }

  @Test
  void whole_sentences_are_kept_up_to_the_length() {
    assertEquals("第一句话。", new LeadSummarizer(7).summary("第一句话。第二句话很长。", null));
    assertEquals("一二三…", new LeadSummarizer(3).summary("一二三四五六。", null));
  }

  @Test
  void an_empty_body_has_no_summary() {
    assertNull(new LeadSummarizer(100).summary("", null));
  }
}
