package gongbao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebCreditsTest {

  @Test
  void a_medias_reporter_line_names_its_reporters() {
    WebCredits.Credit credit = WebCredits.line("晨江新闻记者 周立新 胡晓雯");
    assertEquals(List.of("周立新", "胡晓雯"), credit.people().reporters());
    assertEquals("晨江新闻记者 周立新 胡晓雯", credit.printed());
  }

  @Test
  void labelled_writer_lines_name_their_authors() {
    assertEquals(List.of("钱明远"), WebCredits.line("【文/东坡网专栏作者 钱明远】").people().authors());
    assertEquals(List.of("小满", "木石", "秋水长"), WebCredits.line("执笔/小满、木石&秋水长").people().authors());
  }

  @Test
  void a_writers_label_naming_reporters_credits_reporters() {
    assertEquals(List.of("郑一帆", "孙若云"), WebCredits.line("采写：江城记者 郑一帆 孙若云").people().reporters());
    assertEquals(List.of("林子清"), WebCredits.line("采写：江城晚报见习记者 林子清").people().reporters());
    assertEquals(List.of(), WebCredits.line("采写：江城见习记者 林子清").people().authors());
  }

  @Test
  void text_and_photos_by_the_same_people_credit_them_as_authors_and_photographers() {
    Credited line = WebCredits.line("文/图：周小斌").people();
    assertEquals(List.of("周小斌"), line.authors());
    assertEquals(List.of("周小斌"), line.photographers());
    Credited closing = WebCredits.closingParagraph("活动吸引了众多市民。(文/图 刘东 易楠)").people();
    assertEquals(List.of("刘东", "易楠"), closing.authors());
    assertEquals(List.of("刘东", "易楠"), closing.photographers());
    assertEquals(List.of("刘东"), WebCredits.closingParagraph("活动吸引了众多市民。（记者 刘东）").people().reporters());
  }

  @Test
  void photo_credits_name_photographers() {
    assertEquals(List.of("韩秋"), WebCredits.line("摄影/韩秋").people().photographers());
    assertEquals(List.of("刘东"), WebCredits.photographersIn("图为职工夜校开学典礼。（刘东摄）"));
    assertEquals(List.of("张蕾"), WebCredits.photographersIn("图片来源：江城晚报记者 张蕾 摄"));
    assertEquals(List.of(), WebCredits.photographersIn("摄影比赛在园区举行，职工踊跃参加。"));
    assertEquals(List.of("周小斌"), WebCredits.photographersIn("雨中游园照样开心。城市摄影队 周小斌 摄"));
    assertEquals(List.of("黎阳", "李研"), WebCredits.photographersIn("▲江城日报图片记者黎阳、李研摄"));
    assertEquals(List.of(), WebCredits.photographersIn("记者在现场看到，不少市民正在拍摄"));
    assertEquals(List.of(), WebCredits.photographersIn("通讯员在现场拍摄"));
  }

  @Test
  void a_writers_credit_may_name_the_account_after_it() {
    assertEquals(List.of("林间月"), WebCredits.line("原创：林间月编译 江城财经观察").people().authors());
  }

  @Test
  void a_source_note_is_a_credit_that_names_no_one() {
    WebCredits.Credit credit = WebCredits.line("（资料来源：江城晚报、东坡网等）");
    assertEquals(List.of(), credit.people().authors());
  }

  @Test
  void text_editors_and_words_longer_than_names_are_not_credits() {
    assertNull(WebCredits.line("记者手记"));
    assertNull(WebCredits.line("作者：医院党委宣传办公室"));
    assertNull(WebCredits.line("职工们在广场上宣传安全知识，记者看到不少市民驻足。"));
    assertNull(WebCredits.line("编辑：王小二"));
  }

  @Test
  void the_info_line_gives_labelled_credits_and_media_reporters() {
    List<WebCredits.Credit> credits = WebCredits.inHeader(" 2024-05-06 08:00 来源：江城网 作者：李在田 责任编辑：赵四 ");
    assertEquals(1, credits.size());
    assertEquals(List.of("李在田"), credits.get(0).people().authors());
    assertEquals(List.of("何畅"), WebCredits.inHeader("  东坡新闻记者 何畅   2020-06-06 10:08 ").get(0).people().reporters());
    assertEquals(List.of("石小佳"), WebCredits.inHeader("  石小佳/江城青年报   2019-09-24 ").get(0).people().authors());
  }

  @Test
  void leads_and_closing_brackets_name_reporters_and_authors() {
    assertEquals(List.of("裴文"), WebCredits.inLead("（记者 裴文）9月9日，市总工会发布消息。").people().reporters());
    assertNull(WebCredits.inLead("会议指出（记者注：原文如此），要加强服务。"));
    WebCredits.Credit opening = WebCredits.inLead("（职工通讯员 李琴 刘慧）为弘扬中药特色，医院举办技能大赛。");
    assertEquals(List.of("李琴", "刘慧"), opening.people().correspondents());
  }

  @Test
  void bare_names_closing_the_last_sentence_are_its_authors_but_sources_and_places_are_not() {
    assertEquals(List.of("黎楠"), WebCredits.closingParagraph("夜校将持续开课到年底。(黎楠)").people().authors());
    assertEquals(List.of("欧阳晓晴", "孙立"),
        WebCredits.closingParagraph("职工们纷纷点赞。（欧阳晓晴 孙立）").people().authors());
    assertNull(WebCredits.closingParagraph("夜校将持续开课到年底。（新华社）"));
    assertNull(WebCredits.closingParagraph("夜校将持续开课到年底。（江苏）"));
    assertNull(WebCredits.closingParagraph("夜校将持续开课到年底。（完）"));
    assertNull(WebCredits.closingParagraph("参加夜校的有一线职工（王刚）"), "a name in a sentence is not its credit");
  }

  @Test
  void a_line_of_several_labelled_credits_names_writers_and_photographers_not_editors() {
    WebCredits.Credit credit = WebCredits.line("园区工会办公室供稿 摄影/韩秋 编辑/苏小芳");
    assertEquals(List.of("韩秋"), credit.people().photographers());
    assertEquals(List.of(), credit.people().authors());
    assertEquals("园区工会办公室供稿 摄影/韩秋 编辑/苏小芳", credit.printed());
    WebCredits.Credit both = WebCredits.line("文/周立 图/黎阳 李研");
    assertEquals(List.of("周立"), both.people().authors());
    assertEquals(List.of("黎阳", "李研"), both.people().photographers());
    assertNull(WebCredits.line("园区工会办公室供稿 欢迎职工投稿"));
  }

  @Test
  void a_job_title_where_a_name_would_stand_is_a_credit_line_naming_no_one() {
    WebCredits.Credit credit = WebCredits.line("摄影：产品经理");
    assertEquals("摄影：产品经理", credit.printed());
    assertEquals(List.of(), credit.people().photographers());
    assertEquals(List.of("韩秋"), WebCredits.line("摄影：韩秋、活动小编").people().photographers());
  }

  @Test
  void a_medium_named_in_title_brackets_may_open_a_credit_line() {
    assertEquals(List.of("周立"), WebCredits.line("《江城职工》作者 周立").people().authors());
    assertEquals(List.of("韩秋"), WebCredits.line("《江城晚报》记者 韩秋").people().reporters());
  }

  @Test
  void a_statement_is_credited_to_the_speaker_it_is_printed_under() {
    assertEquals(List.of("武平"), WebCredits.line("江城市总工会新闻发言人 武平").people().authors());
  }
}
