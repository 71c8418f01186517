package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

  private static List<LineRole> roles(String page) {
    PageLayout layout = new PageLayout(PageLine.linesOf(page));
    return IntStream.range(0, layout.size()).mapToObj(layout::role).toList();
  }

  @Test
  void title_made_long_by_its_bracketed_column_is_a_headline_above_a_dash_subtitle() {
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        本报讯(记者马力)近日,市总工会在车间里建起职工书屋。

        牢记嘱托勇为人先 改革创新砥砺奋进（在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章）

        ——上海落实习近平总书记全国两会重要讲话精神纪实

        上海着力打造政务服务“一网通办”品牌,90%事项实现“只跑一次、一次办成”。
        """));
  }

  @Test
  void paragraph_of_sentences_above_a_dash_line_stays_body() {
    assertEquals(LineRole.BODY, roles("""
        “幸福都是奋斗出来的。”总书记的话,大家记在心里。这是春节前夕他对乡亲们说的话（有删节）

        ——记者手记

        乡亲们说,日子越过越红火。
        """).get(0));
  }

  @Test
  void label_under_a_title_opens_its_text() {
    assertEquals(List.of(LineRole.HEADING, LineRole.BODY, LineRole.BODY, LineRole.HEADING, LineRole.BODY, LineRole.BODY),
        roles("""
        一线工匠的故事（劳动者之歌）

        开栏的话

        本报今起推出“劳动者之歌”栏目,讲述一线职工的奋斗故事。

        车间里的“拆弹专家”

        【记者手记】

        一把扳手用了二十年。
        """));
  }

  @Test
  void long_line_under_a_commentary_title_is_its_standfirst_and_a_short_one_its_subtitle() {
    assertEquals(List.of(LineRole.HEADING, LineRole.BODY, LineRole.BODY), roles("""
        让职工书屋热起来（工会时评）

        书屋建起来只是第一步，让职工愿意来、坐得住、有收获才是目的

        书屋不能只挂牌子。
        """));
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        让职工书屋热起来（工会时评）

        书屋建设要见实效

        书屋不能只挂牌子。
        """));
  }

  @Test
  void long_line_under_a_commentary_title_is_its_subtitle_above_a_reading_tip_box_or_a_dateline() {
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.READING_TIP, LineRole.BODY), roles("""
        职工书屋热起来（工会观察）

        全市建成职工书屋一千二百家，年借阅量超过三十万册

        阅读提示

        书屋建起来只是第一步。
        """));
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        职工书屋热起来（工会观察）

        全市建成职工书屋一千二百家，年借阅量超过三十万册

        本报讯(记者马力)全市职工书屋年借阅量超过三十万册。
        """));
  }

  @Test
  void unfinished_line_right_above_a_reading_tip_box_is_a_subtitle_unless_the_text_under_the_box_completes_it() {
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.READING_TIP, LineRole.BODY, LineRole.BODY), roles("""
        户外劳动者驿站提质增效

        全市新建驿站、改造旧站、延长开放时间一百二十处，惠及职工十万人

        阅读提示

        驿站建设要见实效。

        今年以来，市总工会推进驿站建设。
        """));
    // cut inside a word (满 + 足) or on a short last clause: the first paragraph cut by a column break around the box
    for (String cut : List.of("驿站不是点缀，而是把休息、饮水、充电等与满", "今年以来，市总工会推进驿站建设，在")) {
      assertEquals(LineRole.BODY, roles("""
          户外劳动者驿站提质增效

          %s

          阅读提示

          驿站建设要见实效。

          足职工需求结合起来。
          """.formatted(cut)).get(1));
    }
  }

  @Test
  void dated_note_under_a_document_title_is_its_subtitle_but_a_closing_dateline_is_not() {
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        全国总工会关于加强职工书屋建设的意见

        （2024年3月5日）

        为推动职工书屋提质增效,提出如下意见。
        """));
    assertEquals(LineRole.BODY, roles("""
        工会驿站上新

        （本报北京3月5日电）

        驿站增设了充电柜。
        """).get(1));
  }

  @Test
  void exclamation_above_a_headline_closes_the_article_above() {
    assertEquals(List.of(LineRole.BODY, LineRole.BODY, LineRole.HEADING, LineRole.BODY), roles("""
        劳模们在座谈会上畅谈新一年的打算。

        奋斗正当时，青春不负韶华！

        工会驿站里的年夜饭

        除夕夜,驿站里摆上了十桌年夜饭。
        """));
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        劳模们在座谈会上畅谈新一年的打算。

        奋斗正当时！

        ——记全国劳动模范张红

        她在车间干了三十年。
        """));
  }

  @Test
  void clauses_without_an_end_above_a_title_are_its_kicker() {
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        驿站还为骑手准备了热饭热水。

        建驿站、送保险、办培训，某市总工会多措并举服务新就业形态劳动者

        骑手有了“娘家”

        本报讯(记者马力)近日,某市总工会发布服务骑手十项举措。
        """));
  }

  @Test
  void long_unfinished_line_above_a_dateline_is_a_title() {
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.BODY), roles("""
        驿站还为骑手准备了热饭热水。

        全国总工会召开新就业形态劳动者入会工作推进会部署进一步扩大货车司机网约车司机快递员外卖送餐员入会覆盖面

        本报北京3月5日电(记者马力)全国总工会今天召开推进会。
        """));
    assertEquals(LineRole.BODY, roles("""
        驿站还为骑手准备了热饭热水。

        全国总工会召开新就业形态劳动者入会工作推进会部署进一步扩大货车司机网约车司机快递员外卖送餐员入会覆盖面

        会议要求各级工会加大力度。
        """).get(1));
  }

  @Test
  void summary_between_a_title_and_the_dateline_is_the_subtitle_but_a_finished_sentence_is_not() {
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        全总召开书记处会议

        听取职工服务阵地建设情况汇报，推进户外劳动者驿站提质增效；部署开展夏季送清凉活动，要求各级工会把关爱送到一线

        本报北京6月2日电(记者马力)全国总工会今天召开书记处会议。
        """));
    assertEquals(LineRole.BODY, roles("""
        全总召开书记处会议

        会议听取了职工服务阵地建设情况汇报。各级工会要把关爱送到一线

        本报北京6月2日电(记者马力)全国总工会今天召开书记处会议。
        """).get(1));
  }

  @Test
  void one_character_above_text_is_a_paragraph_cut_after_it_but_a_section_number_is_not() {
    assertEquals(LineRole.BODY, roles("""
        驿站暖人心

        近

        阅读提示

        本文介绍有关情况。

        年来，全市新建户外劳动者服务驿站二十处。
        """).get(1));
    assertEquals(LineRole.HEADING, roles("""
        驿站暖人心

        一

        全市新建户外劳动者服务驿站二十处。
        """).get(1));
  }

  @Test
  void the_date_under_a_notice_is_no_kicker_of_the_next_title() {
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.BODY, LineRole.HEADING, LineRole.BODY), roles("""
        本通知自印发之日起施行。

        市总工会办公室

        2020年1月26日

        驿站暖人心（来自一线的报道）

        全市新建户外劳动者服务驿站二十处。
        """));
  }

  @Test
  void line_under_a_dashed_kicker_is_its_title_however_many_its_pauses() {
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        市总工会发布服务新就业形态劳动者举措——

        建驿站、送保险、办培训，让骑手有个“家”

        近日,市总工会发布十项举措。
        """));
  }

  @Test
  void long_title_with_its_column_in_brackets_at_the_top_of_a_page_or_after_a_closed_paragraph_is_a_headline() {
    assertEquals(List.of(LineRole.HEADING, LineRole.BODY), roles("""
        为新就业形态劳动者建好服务阵地提供坚实组织保障（深入学习贯彻中国工会第十八次全国代表大会精神·新时代工会新实践）

        工会组织是党联系职工群众的桥梁和纽带。
        """));
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.BODY), roles("""
        驿站今年新增二十家。

        解决好新就业形态劳动者的急难愁盼问题（深入学习贯彻中国工会第十八次全国代表大会精神·新时代工会新实践）

        工会组织是党联系职工群众的桥梁和纽带。
        """));
    assertEquals(LineRole.BODY, roles("""
        本办法自公布之日起施行。

        附件：全市新就业形态劳动者服务阵地建设考核指标及评分细则（见图）

        工会组织是党联系职工群众的桥梁和纽带。
        """).get(1));
  }

  @Test
  void caption_saying_what_the_photo_shows_is_text_even_cut_short_by_a_column_break() {
    assertEquals(List.of(LineRole.BODY, LineRole.BODY, LineRole.BODY), roles("""
        书屋藏书三千余册。

        图为职工在书屋里

        借阅图书。
        """));
  }

  @Test
  void title_with_its_column_in_brackets_under_a_line_that_does_not_end_a_paragraph_is_a_headline() {
    // a paragraph's second half, cut off by a column break, does not end with a column's name in brackets
    assertEquals(List.of(LineRole.BODY, LineRole.BODY, LineRole.HEADING, LineRole.BODY), roles("""
        书屋藏书三千余册。

        开放时间：周二至周日9:00—17:00

        把职工书屋办到车间里，让书香飘进班组（工会新观察）

        工会组织是党联系职工群众的桥梁和纽带。
        """));
  }

  @Test
  void first_line_of_a_page_with_several_pauses_is_a_headline_but_not_a_cut_sentence() {
    assertEquals(LineRole.HEADING, roles("""
        建驿站、送保险，工会服务暖人心

        “有了驿站，冬天再也不怕冷了。”骑手老马说。
        """).get(0));
    assertEquals(LineRole.BODY, roles("""
        驿站里有热水、有药箱，这让

        骑手们很暖心。
        """).get(0));
  }

  @Test
  void first_line_of_a_page_over_a_headline_line_is_its_kicker_however_it_opens() {
    assertEquals(List.of(LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        随着首批职工驿站通过验收，全市户外劳动者服务网络进入全面建设阶段

        “驿站就是我们的家”

        12月27日，首批二十个职工驿站通过验收。
        """));
    assertEquals(LineRole.BODY, roles("""
        随着首批职工驿站通过验收。全市户外劳动者服务网络进入全面建设阶段

        “驿站就是我们的家”

        12月27日，首批二十个职工驿站通过验收。
        """).get(0));
  }

  @Test
  void who_wrote_down_a_story_under_its_teller_is_a_staff_line_whatever_the_name_s_length() {
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.STAFF, LineRole.HEADING, LineRole.BODY), roles("""
        如今，我在驿站当上了志愿者，日子越过越有奔头。

        某市快递员李四海讲述

        本报记者 马晓丽整理

        职工书屋开进园区

        某市总工会在工业园区开办职工书屋。
        """));
    assertEquals(LineRole.HEADING, roles("""
        如今，我在驿站当上了志愿者，日子越过越有奔头。

        本报记者 马晓丽整理

        某市总工会在工业园区开办职工书屋。
        """).get(1));
  }

  @Test
  void a_short_photo_title_that_reads_as_a_name_heads_its_caption() {
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.BODY, LineRole.CREDIT), roles("""
        职工们纷纷表示，要把会议精神落实到岗位上。

        花满园

        春节临近，职工之家摆满了鲜花，职工们在花丛中合影留念。

        本报记者 马力摄
        """));
  }

  @Test
  void attachment_list_and_scan_prompt_are_not_headlines_but_a_headline_about_scanning_is() {
    assertEquals(LineRole.BODY, LineClassifier.classify("附件：职工书屋建设考核指标（见图）"));
    assertEquals(LineRole.TOC, LineClassifier.classify("扫码观看 《劳动者之歌》"));
    assertEquals(LineRole.HEADING, LineClassifier.classify("扫码乘车覆盖全市公交"));
  }

  @Test
  void someone_said_and_a_comma_is_text_unless_it_leads_into_a_title_with_a_dash() {
    assertEquals(LineRole.BODY, LineClassifier.classify("市总工会职工文体协会负责人李全强说，女排姑娘们的拼搏和坚守"));
    assertEquals(LineRole.HEADING, LineClassifier.classify("劳模代表表示，要把党的关怀转化为干劲——"));
  }

  @Test
  void title_with_several_pauses_above_a_dateline_is_a_headline() {
    assertEquals(List.of(LineRole.BODY, LineRole.CREDIT, LineRole.HEADING, LineRole.BODY), roles("""
        驿站还为骑手准备了热饭热水。

        本报记者 马力摄

        全总主席会见货车司机、快递员、外卖送餐员代表

        本报北京3月5日电(记者马力)全总主席今天会见了新就业形态劳动者代表。
        """));
  }

  @Test
  void a_long_title_of_a_resolution_is_a_headline_but_a_long_sentence_about_one_is_not() {
    assertEquals(LineRole.HEADING, LineClassifier.classify(
        "某省总工会第十五届委员会第三次全体会议关于进一步加强新就业形态劳动者入会工作和维护新就业形态劳动者劳动权益的决议"));
    assertEquals(LineRole.HEADING, LineClassifier.classify(
        "某市总工会关于表彰2024年度全市职工技术创新成果、优秀职工技术创新项目和先进职工创新工作室的决定"));
    assertEquals(LineRole.BODY, LineClassifier.classify(
        "会议审议通过了某省总工会第十五届委员会第三次全体会议关于进一步加强新就业形态劳动者入会和服务工作的决议。"));
    assertEquals(LineRole.BODY, LineClassifier.classify(
        "会议指出，要认真贯彻落实某省总工会第十五届委员会第三次全体会议关于进一步加强新就业形态劳动者入会和服务工作的决议"));
  }

  @Test
  void a_story_trailing_off_above_a_title_is_its_last_line_but_an_enumeration_trailing_off_is_a_kicker() {
    assertEquals(List.of(LineRole.BODY, LineRole.BODY, LineRole.HEADING, LineRole.BODY), roles("""
        老师傅把工具一件件擦干净，收进柜子里。

        这次，我和徒弟们没再说话，望着车间里的老机床，久久舍不得离开……

        工匠精神代代传（劳动者之歌）

        走进某机械厂的实训车间，二十多名青年职工正在练习钳工基本功。
        """));
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        老师傅把工具一件件擦干净，收进柜子里。

        练钳工、学电焊、考证书……

        青年职工技能提升忙（劳动者之歌）

        走进某机械厂的实训车间，二十多名青年职工正在练习钳工基本功。
        """));
  }

  @Test
  void labelled_lines_of_notice_are_text_but_a_speaker_or_place_kicker_is_not_one() {
    for (String line : List.of("书名：装台  作者：陈彦", "开馆时间：周三至周日9：00—16：30", "来源：某市总工会网站", "网址：www.example.cn",
        "咨询电话：0000-12345678")) {
      assertTrue(LineClassifier.isNoticeLine(line), line);
      assertEquals(LineRole.BODY, LineClassifier.classify(line), line);
    }
    assertFalse(LineClassifier.isNoticeLine("国台办："));
    assertFalse(LineClassifier.isNoticeLine("全国总工会：推动职工书屋建设提质增效"));
  }
}
