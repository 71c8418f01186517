package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  @Test
  void one_character_and_a_pause_is_a_cut_unless_it_numbers_an_item_or_names_a_speaker() {
    assertTrue(ParagraphContinuation.cannotOpenParagraph("面，杭州市总工会开展走访慰问。"));
    assertFalse(ParagraphContinuation.cannotOpenParagraph("三、保障措施"));
    assertFalse(ParagraphContinuation.cannotOpenParagraph("2、加强职工书屋管理。"));
    assertFalse(ParagraphContinuation.cannotOpenParagraph("答：职工书屋将实行通借通还。"));
  }

  @Test
  void a_lead_in_a_speaker_or_a_figure_stands_apart_but_a_long_dash_led_text_does_not() {
    assertTrue(ParagraphContinuation.standsApart("老劳模按捺不住激动的心情："));
    assertTrue(ParagraphContinuation.standsApart("——全国劳动模范、高级技师张建国"));
    assertTrue(ParagraphContinuation.standsApart("2700多亿元"));
    assertFalse(ParagraphContinuation.standsApart("——职工收入稳步增长，获得感不断增强"));
    assertFalse(ParagraphContinuation.standsApart("——" + "职工书屋".repeat(20)));
  }

  @Test
  void a_date_cut_after_its_number_is_one_line() {
    assertTrue(ParagraphContinuation.cutAtJunction("会议于2020年5", "月22日召开，大会的各项准备工作已经全部就绪。"));
    assertTrue(ParagraphContinuation.cutAtJunction("本报北京5月21", "日电 十三届全国人大三次会议21日晚举行预备会议。"));
    assertFalse(ParagraphContinuation.cutAtJunction("会议于2020年5", "日前，各项准备工作已经全部就绪。"));
  }

  @Test
  void a_date_cut_after_its_month_is_one_line() {
    assertTrue(ParagraphContinuation.cutAtJunction("劳模工作室成立于2005年8月", "15日，首批八名技师入驻。"));
    assertTrue(ParagraphContinuation.cutAtJunction("今年2月", "9日，省总工会召开全委会议。"));
    assertFalse(ParagraphContinuation.cutAtJunction("今年2月", "日前，省总工会召开全委会议。"), "no day");
    assertFalse(ParagraphContinuation.cutAtJunction("职工书屋建设情况", "9日，省总工会召开全委会议。"), "no month");
  }

  @Test
  void two_characters_and_a_full_stop_are_the_end_of_a_sentence_begun_above() {
    assertTrue(ParagraphContinuation.cannotOpenParagraph("岗位。全国总工会的工作人员也坚守在一线。"));
    assertFalse(ParagraphContinuation.cannotOpenParagraph("敬礼！你们辛苦了。"));
    assertFalse(ParagraphContinuation.cannotOpenParagraph("“好。”他点点头。"));
  }

  @Test
  void hanlp_reads_a_word_across_a_cut_but_not_across_a_headline_and_its_text() {
    assertTrue(JunctionWords.cutsAWord("明确了三个方", "面的保障措施："));
    assertTrue(JunctionWords.cutsAWord("释放城市未来生", "命力"));
    assertTrue(JunctionWords.cutsAWord("庆祝新中", "国70华诞"));
    assertFalse(JunctionWords.cutsAWord("鱼塘变成湿地公园", "鼎城区十美堂镇紧挨着湿地公园。"));
    assertFalse(JunctionWords.cutsAWord("——追记武汉市武昌医院院长刘智明", "刘智明院长走了。"), "no name read across the junction");
    assertFalse(JunctionWords.cutsAWord("2018年", "12%"), "no Chinese characters on one side");
  }

  @Test
  void a_bracket_cut_by_a_column_break_is_rejoined_across_a_box() {
    List<PageLine> lines = CutLines.rejoin(PageLine.linesOf("""
        (新华社北京

        阅读提示

        本文介绍有关情况。

        10月1日电)

        标题(副题)
        """));
    // a closing note ends its article, so the box it interrupted comes first and stays with that article
    assertEquals(List.of("阅读提示", "本文介绍有关情况。", "(新华社北京10月1日电)", "标题(副题)"), lines.stream().map(PageLine::text).toList());
    assertEquals(0, lines.get(2).start());
  }

  @Test
  void a_credit_cut_by_a_column_break_is_rejoined_before_the_box() {
    List<PageLine> lines = CutLines.rejoin(PageLine.linesOf("""
        王五摄(影像

        阅读提示

        本文介绍有关情况。

        记录)

        标题
        """));
    assertEquals(List.of("王五摄(影像记录)", "阅读提示", "本文介绍有关情况。", "标题"), lines.stream().map(PageLine::text).toList());
  }

  @Test
  void a_staff_or_source_line_cut_by_a_column_break_is_rejoined_but_not_a_name_over_the_next_headline() {
    List<PageLine> lines = CutLines.rejoin(PageLine.linesOf("""
        新华社记者 王建

        阅读提示

        本文介绍有关情况。

        威摄

        数据来源：京沪高速铁路股份有

        限公司
        """));
    assertEquals(List.of("新华社记者 王建威摄", "阅读提示", "本文介绍有关情况。", "数据来源：京沪高速铁路股份有限公司"),
        lines.stream().map(PageLine::text).toList());
    assertEquals(2, CutLines.rejoin(PageLine.linesOf("""
        版式设计：蔡华伟

        人勤春早
        """)).size(), "a word read across a name (伟人) is no cut");
  }

  @Test
  void a_staff_or_credit_line_cut_inside_its_name_is_rejoined_but_not_a_title_over_a_byline() {
    List<PageLine> lines = CutLines.rejoin(PageLine.linesOf("""
        周

        阅读提示

        本文介绍有关情况。

        明远摄（工人视觉）

        本报记者 郑

        晓东

        石立新

        摄（资料照片）

        新华

        社记者 钱小军摄
        """));
    assertEquals(List.of("周明远摄（工人视觉）", "阅读提示", "本文介绍有关情况。", "本报记者 郑晓东", "石立新摄（资料照片）",
        "新华社记者 钱小军摄"), lines.stream().map(PageLine::text).toList());
    assertEquals(2, CutLines.rejoin(PageLine.linesOf("""
        职工书屋开进园区

        本报记者 马力
        """)).size(), "a title over its byline is no name cut in two");
  }

  @Test
  void a_credit_s_bare_label_takes_what_it_credits_from_the_line_under_it_but_not_a_paragraph() {
    List<PageLine> lines = CutLines.rejoin(PageLine.linesOf("""
        数据来源：

        市总工会和市人社局网站

        驿站里的年夜饭
        """));
    assertEquals(List.of("数据来源：市总工会和市人社局网站", "驿站里的年夜饭"), lines.stream().map(PageLine::text).toList());
    assertEquals(List.of("栏目投稿邮箱：gonghui2024@example.com", "版式设计：蔡华伟"), CutLines.rejoin(PageLine.linesOf("""
        栏目投稿邮箱：

        gonghui2024@example.com

        版式设计：

        蔡华伟
        """)).stream().map(PageLine::text).toList());
    assertEquals(2, CutLines.rejoin(PageLine.linesOf("""
        数据来源：

        全市职工书屋今年新添图书两万册。
        """)).size());
  }

  @Test
  void a_dash_cut_in_half_is_rejoined_but_whole_dashes_are_left_alone() {
    List<PageLine> lines = CutLines.rejoin(PageLine.linesOf("""
        某区总工会户外劳动者驿站—

        —

        “冬天有了歇脚的地方”

        —

        —市总工会主席在全委会上说
        """));
    assertEquals(List.of("某区总工会户外劳动者驿站——", "“冬天有了歇脚的地方”", "——市总工会主席在全委会上说"),
        lines.stream().map(PageLine::text).toList());
    assertEquals(2, CutLines.rejoin(PageLine.linesOf("""
        某区总工会户外劳动者驿站——

        “冬天有了歇脚的地方”
        """)).size());
  }

  @Test
  void brackets_that_close_on_their_own_line_are_left_alone() {
    List<PageLine> lines = CutLines.rejoin(PageLine.linesOf("""
        (本报记者 马力)

        (完)
        """));
    assertEquals(2, lines.size());
  }

  private static ArticleDraft headed(String... heads) {
    ArticleDraft draft = new ArticleDraft(0, 0);
    draft.heads.addAll(List.of(heads));
    return draft;
  }

  @Test
  void a_last_headline_line_cut_from_the_first_paragraph_is_continued() {
    assertTrue(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "本报青松1月1"), "7日电 （记者马力）夜校今天开学。"));
    assertTrue(ParagraphContinuation.continuesLastHead(headed("冬训", "当地时间1月10日，队员们在"), "训练馆里练习发球。"));
    assertFalse(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "课程按需设置 职工积极参与"), "夜校今天开学。"));
    assertFalse(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "本报驻青松记者 马力"), "夜校今天开学。"));
    assertFalse(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "幸福就在现在"), "夜校今天开学。"));
  }

  @Test
  void a_headline_like_line_ending_on_a_word_that_needs_what_follows_is_a_cut_line() {
    assertTrue(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "针对"), "一线职工的需求，夜校开设了三门课。"));
    assertTrue(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "夜校课程设置以及"), "授课时间都由职工投票决定。"));
    assertTrue(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "那些"), "下班后没处去的职工，如今有了好去处。"));
    assertFalse(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "工会工作的重点之一"), "夜校今天开学。"));
    assertFalse(ParagraphContinuation.continuesLastHead(headed("职工夜校开学", "劳模工匠大有作为"), "夜校今天开学。"));
  }

  @Test
  void a_headline_line_signed_under_it_is_never_the_first_paragraph_s_first_half() {
    ArticleDraft unsigned = headed("劳模讲述亲历故事", "车间里的变化是全方位的");
    assertTrue(ParagraphContinuation.continuesLastHead(unsigned, "在工会的帮助下，职工们学会了新技能。"));
    ArticleDraft signed = headed("劳模讲述亲历故事", "车间里的变化是全方位的");
    signed.staffLines.add("（某省）马力");
    assertFalse(ParagraphContinuation.continuesLastHead(signed, "在工会的帮助下，职工们学会了新技能。"));
  }
}
