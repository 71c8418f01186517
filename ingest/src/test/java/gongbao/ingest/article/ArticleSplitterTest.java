package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.page.Page;
import gongbao.ingest.page.Paper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small pages written for one hard case each. */
class ArticleSplitterTest {

  static List<Article> split(String text) {
    return new ArticleSplitter().split(new Page("fixture.txt", Paper.UNKNOWN, null, false, "fixture", text));
  }

  /** Splits {@code text} with a boundary model that gives every run it weighs the same answer. */
  static List<Article> splitWeighingAs(boolean startsArticle, String text) {
    return new ArticleSplitter((lineStart, features) -> startsArticle)
        .split(new Page("fixture.txt", Paper.UNKNOWN, null, false, "fixture", text));
  }

  static List<String> texts(Article article) {
    return article.paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void a_headline_at_the_end_of_the_page_with_no_text_is_kept_and_flagged() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。

        技能大赛决赛开幕

        本报记者 张楠
        """);
    assertEquals(2, articles.size());
    Article last = articles.get(1);
    assertEquals("技能大赛决赛开幕", last.title());
    assertTrue(last.paragraphs().isEmpty());
    assertTrue(last.truncated());
    assertTrue(last.source().warnings().contains("headline with no text on this page"), last.source().warnings().toString());
    assertEquals(List.of("张楠"), last.byline().reporters());
    assertFalse(articles.get(0).truncated());
  }

  @Test
  void splits_reading_tip_box_out_of_column_break() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。

        夜校开课以来,报名的职工越来越多,这一变化的背后,是市总

        阅读提示

        某市总工会把职工夜校办到园区,课程按职工需求设置。

        和园区工会反复调研的结果。课程表每月更新一次。
        """);
    assertEquals(1, articles.size());
    Article article = articles.get(0);
    assertEquals("某市总工会把职工夜校办到园区,课程按职工需求设置。", article.readingTip());
    assertEquals(
        List.of("本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。",
            "夜校开课以来,报名的职工越来越多,这一变化的背后,是市总和园区工会反复调研的结果。课程表每月更新一次。"),
        texts(article));
  }

  @Test
  void a_closing_quote_cut_off_by_a_box_ends_the_paragraph_above() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。

        一位职工说：“夜校让我们在家门口就能学技术。

        阅读提示

        某市总工会把职工夜校办到园区。

        ”

        技能大赛决赛开幕（工会动态）

        本报讯(记者张楠)近日,某市职工技能大赛决赛开幕。
        """);
    assertEquals(List.of("职工夜校开进工业园区", "技能大赛决赛开幕（工会动态）"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。", "一位职工说：“夜校让我们在家门口就能学技术。”"),
        texts(articles.get(0)));
    assertEquals(null, articles.get(1).kicker());
  }

  @Test
  void an_ellipsis_alone_is_a_paragraph_not_a_headline() {
    List<Article> articles = splitWeighingAs(true, """
        职工夜校开进工业园区

        近日,某市总工会在工业园区开办职工夜校。一位职工说：“我的师傅也来上课了。”

        ……

        夜校开课以来,报名的职工越来越多。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("近日,某市总工会在工业园区开办职工夜校。一位职工说：“我的师傅也来上课了。”", "……",
        "夜校开课以来,报名的职工越来越多。"),
        texts(articles.get(0)));
  }

  @Test
  void a_box_between_the_halves_of_a_closing_credit_is_the_article_above() {
    List<Article> articles = split("""
        职工书屋开进工地

        近日，某市总工会在建筑工地开办职工书屋，首批图书三千册。

        本报记者

        阅读提示

        本文介绍职工书屋的有关情况。

        马力摄

        技能大赛决赛开幕

        本报讯(记者张楠)近日,某市职工技能大赛决赛开幕。
        """);
    assertEquals(List.of("职工书屋开进工地", "技能大赛决赛开幕"), articles.stream().map(Article::title).toList());
    assertEquals("本文介绍职工书屋的有关情况。", articles.get(0).readingTip());
    assertEquals(List.of("马力"), articles.get(0).byline().photographers());
    assertNull(articles.get(1).readingTip());
  }

  @Test
  void names_under_text_ending_with_a_colon_are_text_not_a_signature() {
    List<Article> articles = split("""
        扶贫路上

        一直以来，民营企业探索有效扶贫开发模式，变输血式扶贫为造血式扶贫：

        安徽南

        阅读提示

        本文介绍扶贫路上的有关情况。

        翔集团在安庆开发建设区域商贸物流中心，入驻商户近3万家。
        """);
    assertEquals(1, articles.size());
    assertEquals("一直以来，民营企业探索有效扶贫开发模式，变输血式扶贫为造血式扶贫：安徽南翔集团在安庆开发建设区域商贸物流中心，入驻商户近3万家。",
        String.join("", texts(articles.get(0))));
    assertTrue(articles.get(0).byline().authors().isEmpty());
  }

  @Test
  void the_papers_promotion_under_an_articles_credit_closes_that_article() {
    List<Article> articles = split("""
        职工书屋开进工地

        近日，某市总工会在建筑工地开办职工书屋，首批图书三千册。

        本版制图：马力

        看工人视频　　品劳动故事

        技能大赛决赛开幕

        本报讯(记者张楠)近日,某市职工技能大赛决赛开幕。
        """);
    assertEquals(List.of("职工书屋开进工地", "技能大赛决赛开幕"), articles.stream().map(Article::title).toList());
    assertEquals("看工人视频 品劳动故事", texts(articles.get(0)).get(texts(articles.get(0)).size() - 1));
    assertNull(articles.get(1).kicker());
  }

  @Test
  void a_headline_line_cut_inside_a_word_is_one_line_again() {
    List<Article> articles = split("""
        职工书屋开进工地

        本报讯(记者马力)近日，某市总工会在建筑工地开办职工书屋，首批图书三千册。

        联通5G，让未来生

        长，让职工生活更便利

        本报讯(记者张楠)近日，某市总工会与通信企业签约，为职工提供5G服务。
        """);
    assertEquals(List.of("职工书屋开进工地", "联通5G，让未来生长，让职工生活更便利"), articles.stream().map(Article::title).toList());
    assertNull(articles.get(1).subtitle());
  }

  @Test
  void a_documents_contents_cut_by_a_box_stay_subheads_under_its_title() {
    List<Article> articles = split("""
        职工书屋建设规划

        （2019年10月）

        一、总体要求

        二、建设任务

        （一）完善书屋管

        阅读提示

        本文介绍职工书屋建设规划的有关情况。

        理

        （二）丰富图书资源

        三、保障措施

        职工书屋是工会服务职工的重要阵地。近年来，各级工会建成职工书屋一万余家。
        """);
    assertEquals(1, articles.size());
    Article article = articles.get(0);
    assertEquals("职工书屋建设规划", article.title());
    assertEquals("（2019年10月）", article.subtitle());
    assertEquals(List.of("一、总体要求", "二、建设任务", "（一）完善书屋管理", "（二）丰富图书资源", "三、保障措施"),
        article.paragraphs().stream().filter(Paragraph::subhead).map(Paragraph::text).toList());
  }

  @Test
  void a_layout_credit_under_the_rest_of_a_cut_paragraph_closes_the_article() {
    List<Article> articles = split("""
        春的锣鼓

        在惊天动地的春雷声中，春草在萌动，春水在融冰，春在苏醒、奔涌，和着众

        阅读提示

        本文介绍春的锣鼓的有关情况。

        志成城的热浪欢悦地奔涌，奔涌！

        制图：汪哲平

        忙年

        “年前忙，年后闲，忙忙闲闲过大年。”腊八一过，家家户户又开始为“年”而忙了。
        """);
    assertEquals(List.of("春的锣鼓", "忙年"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("在惊天动地的春雷声中，春草在萌动，春水在融冰，春在苏醒、奔涌，和着众志成城的热浪欢悦地奔涌，奔涌！"),
        texts(articles.get(0)));
    assertEquals(List.of("制图：汪哲平"), articles.get(0).byline().lines());
  }

  @Test
  void the_rest_of_a_numbered_subhead_cut_by_a_box_is_that_subhead_not_a_new_article() {
    List<Article> articles = splitWeighingAs(true, """
        市总工会工作报告（摘要）

        一年来，市总工会围绕中心、服务大局，各项工作取得新进展。

        一、深化产业工人队伍建设改革

        全市培训产业工人三万余人次，建成劳模创新工作室一百二十家。

        二、围绕服务职工和

        阅读提示

        本文介绍市总工会工作报告的有关情况。

        企业发展大局开展帮扶工作

        全年走访慰问困难职工五千余户，发放帮扶资金两千余万元。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("一、深化产业工人队伍建设改革", "二、围绕服务职工和企业发展大局开展帮扶工作"),
        articles.get(0).paragraphs().stream().filter(Paragraph::subhead).map(Paragraph::text).toList());
  }

  @Test
  void two_reading_tip_boxes_of_one_article_stay_apart() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        核心阅读

        夜校办到了园区门口。

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。

        夜校开课以来,报名的职工越来越多,这一变化的背后,是市总

        阅读提示

        课程按职工需求设置。

        和园区工会反复调研的结果。
        """);
    assertEquals(1, articles.size());
    assertEquals("夜校办到了园区门口。\n课程按职工需求设置。", articles.get(0).readingTip());
  }

  @Test
  void a_headline_line_printed_twice_is_the_title_once() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(1, articles.size());
    assertEquals("职工夜校开进工业园区", articles.get(0).title());
    assertNull(articles.get(0).kicker());
    assertNull(articles.get(0).subtitle());
    assertEquals(List.of("本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。"),
        articles.get(0).paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void a_headline_line_printed_three_times_is_not_its_subtitle() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        职工夜校开进工业园区

        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(1, articles.size());
    assertNull(articles.get(0).subtitle());
    assertEquals(1, articles.get(0).paragraphs().size());
  }

  @Test
  void a_key_points_box_of_a_news_site_is_a_reading_tip_too() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        划重点：

        夜校办到了园区门口，课程按职工需求设置。

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(1, articles.size());
    assertEquals("夜校办到了园区门口，课程按职工需求设置。", articles.get(0).readingTip());
    assertEquals(1, articles.get(0).paragraphs().size());
  }

  @Test
  void first_paragraph_cut_under_the_title_by_a_box_is_text_not_a_subtitle() {
    List<Article> articles = split("""
        职工书屋开进工地（工会观察）

        一座书屋引出的新话

        阅读提示

        本文介绍职工书屋的有关情况。

        题：送书上门，还是送课上门？

        本报讯(记者马力)近日,某市总工会在建筑工地开办职工书屋。
        """);
    assertEquals(1, articles.size());
    assertNull(articles.get(0).subtitle());
    assertEquals("一座书屋引出的新话题：送书上门，还是送课上门？", texts(articles.get(0)).get(0));
    assertEquals("本文介绍职工书屋的有关情况。", articles.get(0).readingTip());
  }

  @Test
  void short_name_over_a_title_with_its_column_in_brackets_is_its_kicker_even_over_subheads() {
    List<Article> articles = split("""
        市总工会

        职工书屋开进工地（工会观察）

        近日,某市总工会在建筑工地开办职工书屋,工友们下了班就能借书。

        书屋

        书屋设在工地生活区,藏书两千册。

        课堂

        每周请技师来讲一堂技能课。
        """);
    assertEquals(1, articles.size());
    assertEquals("市总工会", articles.get(0).kicker());
    assertEquals("职工书屋开进工地（工会观察）", articles.get(0).title());
  }

  @Test
  void two_boxes_printed_before_the_headline_are_both_kept() {
    List<Article> articles = split("""
        阅读提示

        夜校办到了园区门口。

        核心阅读

        课程按职工需求设置。

        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(1, articles.size());
    assertEquals("夜校办到了园区门口。\n课程按职工需求设置。", articles.get(0).readingTip());
  }

  @Test
  void reading_tip_cut_by_a_column_break_is_completed_by_the_line_under_the_box_between() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        核心阅读

        夜校办到了园区门口,课程按职工需求设置,一年来已有三千多名职工在

        阅读提示

        本文介绍职工夜校的有关情况。

        这里拿到了技能证书。

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(1, articles.size());
    assertEquals("夜校办到了园区门口,课程按职工需求设置,一年来已有三千多名职工在这里拿到了技能证书。\n本文介绍职工夜校的有关情况。",
        articles.get(0).readingTip());
    assertEquals(List.of("本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。"), texts(articles.get(0)));
  }

  @Test
  void reading_tip_stopping_on_a_clause_too_short_to_be_whole_is_completed_by_the_line_under_it() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        核心阅读

        夜校办到了园区门口,课程按职工需求设置,一年下来,女工李红

        阅读提示

        本文介绍职工夜校的有关情况。

        拿到了电工证书。

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals("夜校办到了园区门口,课程按职工需求设置,一年下来,女工李红拿到了电工证书。\n本文介绍职工夜校的有关情况。",
        articles.get(0).readingTip());
  }

  @Test
  void reading_tip_without_closing_punctuation_keeps_the_paragraph_under_it() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        核心阅读

        夜校办到了园区门口,课程按职工需求设置

        一年来,已有三千多名职工在这里拿到了技能证书。

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(1, articles.size());
    assertEquals("夜校办到了园区门口,课程按职工需求设置", articles.get(0).readingTip());
    assertEquals(2, articles.get(0).paragraphs().size());
  }

  @Test
  void line_cut_after_a_word_that_needs_what_follows_is_not_a_subhead() {
    List<Article> articles = split("""
        滑雪场上的老师

        本报讯(记者马力)韩俊是一名中学老师,四年前她还不敢上雪道。

        学生的鼓励让

        阅读提示

        一名中学老师在学生鼓励下学会了滑雪。

        她克服了对滑雪的恐惧,如今每周都去滑雪。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("本报讯(记者马力)韩俊是一名中学老师,四年前她还不敢上雪道。", "学生的鼓励让她克服了对滑雪的恐惧,如今每周都去滑雪。"),
        texts(articles.get(0)));
  }

  @Test
  void kicker_of_sentences_ending_with_a_dash_opens_the_next_article() {
    List<Article> articles = split("""
        职工书屋开到车间

        本报讯(记者马力)近日,市总工会在车间里建起职工书屋。

        苦氟水让不少乡亲吃了多年苦头。为了啃下这块硬骨头,当地干部群众苦干一年,终于——

        汩汩清水入村来

        本报讯(记者韦华)村里通上了自来水,乡亲们喝上了放心水。
        """);
    assertEquals(2, articles.size());
    assertEquals("苦氟水让不少乡亲吃了多年苦头。为了啃下这块硬骨头,当地干部群众苦干一年,终于——", articles.get(1).kicker());
    assertEquals("汩汩清水入村来", articles.get(1).title());
  }

  @Test
  void rejoins_a_word_cut_by_a_column_break() {
    List<Article> articles = split("""
        社区来了新网格员

        本报记者 高山

        骑手成了社区的眼睛。

        8月中旬,骑手小李发现光明路街

        道一处井盖缺失,随即上报社区。
        """);
    assertEquals(List.of("骑手成了社区的眼睛。", "8月中旬,骑手小李发现光明路街道一处井盖缺失,随即上报社区。"), texts(articles.get(0)));
  }

  @Test
  void rejoins_a_break_across_a_subhead() {
    List<Article> articles = split("""
        园区工会建起来

        本报讯(记者钟声)园区里的企业都有了工会,陈家桥街

        服务有温度

        道一小区已有3000名职工入会。园区还设立了服务站。
        """);
    Article article = articles.get(0);
    assertEquals(1, articles.size());
    assertEquals("本报讯(记者钟声)园区里的企业都有了工会,陈家桥街道一小区已有3000名职工入会。园区还设立了服务站。", texts(article).get(0));
    assertTrue(article.paragraphs().get(1).subhead());
  }

  @Test
  void a_repeated_line_is_removed_even_when_it_repeats_a_reading_tip_box_or_the_end_of_a_joined_paragraph() {
    List<Article> articles = split("""
        夜校开到园区门口

        阅读提示

        园区职工夜校开课一年,课程按职工需求设置,学费全免

        园区职工夜校开课一年,课程按职工需求设置,学费全免

        本报讯(记者钟声)去年以来,园区职工夜校开设了十二门课程

        电工、焊工和育婴师课程最受欢迎,报名人数年年增加

        电工、焊工和育婴师课程最受欢迎,报名人数年年增加

        今年,夜校还将开设直播课。
        """);
    Article article = articles.get(0);
    assertEquals("园区职工夜校开课一年,课程按职工需求设置,学费全免", article.readingTip());
    assertEquals(List.of("本报讯(记者钟声)去年以来,园区职工夜校开设了十二门课程电工、焊工和育婴师课程最受欢迎,报名人数年年增加", "今年,夜校还将开设直播课。"),
        texts(article));
  }

  @Test
  void paragraph_printed_without_its_full_stop_is_not_continued_past_a_subhead() {
    List<Article> articles = split("""
        园区工会建起来

        本报讯(记者钟声)园区里的企业都有了工会,职工有了温暖的港湾

        服务有温度！

        当职工们走进服务站时,热茶和药箱早已备好。

        园区还设立了法律援助窗口。
        """);
    assertEquals(List.of("本报讯(记者钟声)园区里的企业都有了工会,职工有了温暖的港湾", "服务有温度！", "当职工们走进服务站时,热茶和药箱早已备好。",
        "园区还设立了法律援助窗口。"), texts(articles.get(0)));
  }

  @Test
  void marks_subheads_without_starting_new_articles() {
    List<Article> articles = split("""
        产业链上建工会

        本报记者 文川 本报通讯员 武玉

        今年以来,开发区总工会把工会建在产业链上。

        组织强起来

        链上企业全部建会,会员超过一万人。

        服务跟上去

        链上工会开设了职工书屋和技能课堂。
        """);
    assertEquals(1, articles.size());
    List<Paragraph> paragraphs = articles.get(0).paragraphs();
    assertEquals(List.of(false, true, false, true, false), paragraphs.stream().map(Paragraph::subhead).toList());
    assertEquals(List.of("文川"), articles.get(0).byline().reporters());
    assertEquals(List.of("武玉"), articles.get(0).byline().correspondents());
  }

  @Test
  void question_ending_a_subhead_is_not_continued_by_the_answer_under_it() {
    List<Article> articles = split("""
        职工书屋改革实施方案答问

        本报记者 文川

        近日，市总工会印发职工书屋深化改革实施方案，记者就此采访了有关负责人。

        问：实施方案出台的背景是什么？

        答：职工书屋建成以来，为职工提供了大量读物，但也存在更新慢、利用率不高等问题。

        问：如何保障改革措施落地？

        答：要推动形成上下联动、齐抓共管的工作格局。
        """);
    assertEquals(1, articles.size());
    List<String> paragraphs = articles.get(0).paragraphs().stream().map(Paragraph::text).toList();
    assertEquals(5, paragraphs.size());
    assertEquals("问：实施方案出台的背景是什么？", paragraphs.get(1));
    assertEquals("问：如何保障改革措施落地？", paragraphs.get(3));
  }

  @Test
  void paragraph_leading_in_with_a_colon_or_semicolon_is_not_joined_to_the_next() {
    List<Article> articles = split("""
        劳模工作室里的新春

        本报讯（记者王芳）走进劳模工作室，回忆起当年的情景，老劳模按捺不住激动的心情：

        “我还记得第一次站上领奖台的样子。”

        工作室今年有三项打算：一是带好徒弟；

        二是攻关新工艺；

        三是把经验编成教材。
        """);
    List<String> paragraphs = articles.get(0).paragraphs().stream().map(Paragraph::text).toList();
    assertEquals(5, paragraphs.size());
    assertEquals("“我还记得第一次站上领奖台的样子。”", paragraphs.get(1));
  }

  @Test
  void line_marking_several_points_under_a_title_is_its_subtitle() {
    List<Article> articles = split("""
        全省工会发放助企资金五千万元

        ●重点帮扶小微企业 ●支持职工返岗复工

        本报杭州2月9日电（记者王芳）省总工会9日宣布，今年安排五千万元资金帮扶受疫情影响的企业和职工。

        ●资金将在三月底前拨付到位。
        """);
    assertEquals(1, articles.size());
    assertEquals("●重点帮扶小微企业 ●支持职工返岗复工", articles.get(0).subtitle());
    assertEquals("●资金将在三月底前拨付到位。", articles.get(0).paragraphs().get(1).text(), "one mark opens text");
  }

  @Test
  void paragraph_opening_with_a_dateline_is_never_the_rest_of_the_one_above() {
    List<Article> articles = split("""
        全省职工象棋赛第二轮

        老将李强取得两连和

        本报杭州3月2日电（记者王芳）全省职工象棋赛昨日进入第二轮，老将李强再次与对手握手言和。

        比赛将持续到本周日。
        """);
    assertEquals(1, articles.size());
    assertEquals("老将李强取得两连和", articles.get(0).subtitle(), "a headline ending on 和 is not cut by the dateline under it");
    assertTrue(articles.get(0).paragraphs().get(0).text().startsWith("本报杭州3月2日电"));
  }

  @Test
  void date_line_without_its_day_is_the_start_of_the_paragraph_under_it() {
    List<Article> articles = split("""
        劳模工作室十年

        本报讯（记者王芳）张建国劳模工作室是市总工会命名的第一批劳模工作室。

        2005年8月

        15日，首批八名技师入驻。十年来，工作室完成技术革新四十项。

        工作室还带出了一批青年技术骨干。

        2019年10月26日
        """);
    List<Paragraph> paragraphs = articles.get(0).paragraphs();
    assertEquals("2005年8月15日，首批八名技师入驻。十年来，工作室完成技术革新四十项。", paragraphs.get(1).text());
    assertEquals("2019年10月26日", paragraphs.get(3).text(), "a whole date is a paragraph of its own");
  }

  @Test
  void subhead_is_not_continued_by_a_paragraph_opening_with_a_word_and_a_comma() {
    List<Article> articles = split("""
        冰场上的青春

        本报讯（记者王芳）全市青少年花样滑冰比赛昨日落幕，三百名选手参赛。

        敢于迎接挑战

        挑战，是竞技场上永恒的旋律。小选手们一次次摔倒，又一次次站起来。

        岱海，湖面上鸟儿嬉戏，运动员们在湖边训练。
        """);
    List<Paragraph> paragraphs = articles.get(0).paragraphs();
    assertEquals("敢于迎接挑战", paragraphs.get(1).text());
    assertTrue(paragraphs.get(1).subhead());
    assertEquals(4, paragraphs.size());
  }

  @Test
  void subhead_of_two_clauses_is_not_continued_by_a_paragraph_opening_with_a_comparison() {
    List<Article> articles = split("""
        劳动竞赛添活力

        本报讯（记者王芳）全省重点工程劳动竞赛昨日启动，一百二十个项目参赛。

        敢闯敢试，打通堵点添活力

        与往年相比，今年竞赛更重视技术创新，参赛班组超过三千个。
        """);
    List<Paragraph> paragraphs = articles.get(0).paragraphs();
    assertEquals("敢闯敢试，打通堵点添活力", paragraphs.get(1).text());
    assertTrue(paragraphs.get(1).subhead());
  }

  @Test
  void numbered_subhead_of_two_clauses_is_a_subhead_not_the_start_of_its_paragraph() {
    List<Article> articles = split("""
        市总工会工作报告（摘要）

        本报讯（记者王芳）市总工会十届五次全委会昨日召开，会议审议通过了工作报告。

        三、狠抓自身建设，提升服务职工能力

        把政治建设摆在首位。各级工会深入开展学习教育，建设职工之家三百个。
        """);
    List<Paragraph> paragraphs = articles.get(0).paragraphs();
    assertEquals("三、狠抓自身建设，提升服务职工能力", paragraphs.get(1).text());
    assertTrue(paragraphs.get(1).subhead());
  }

  @Test
  void dash_line_naming_who_spoke_is_not_joined_to_the_next_quotation() {
    List<Article> articles = split("""
        劳模寄语

        劳动创造幸福，实干成就梦想。

        ——全国劳动模范、高级技师张建国

        技能是立身之本，要把手艺传给更多年轻人。

        ——全国五一劳动奖章获得者李红
        """);
    List<String> paragraphs = articles.get(0).paragraphs().stream().map(Paragraph::text).toList();
    assertEquals("——全国劳动模范、高级技师张建国", paragraphs.get(1));
    assertEquals("技能是立身之本，要把手艺传给更多年轻人。", paragraphs.get(2));
  }

  @Test
  void dash_led_paragraph_with_clauses_cut_by_a_box_is_joined_again() {
    List<Article> articles = split("""
        职工收入稳步增长

        本报讯（记者王芳）市统计局昨日发布前三季度经济数据，全市经济运行稳中向好。

        ——职工收入稳步增长，获得感不断增强。前三季度，全市职工平均工资

        阅读提示

        本文介绍全市前三季度经济运行情况。

        同比增长百分之八，高于全省平均水平。
        """);
    List<String> paragraphs = articles.get(0).paragraphs().stream().map(Paragraph::text).toList();
    assertEquals("——职工收入稳步增长，获得感不断增强。前三季度，全市职工平均工资同比增长百分之八，高于全省平均水平。",
        paragraphs.get(1));
  }

  @Test
  void figure_alone_over_the_text_explaining_it_is_not_joined_to_that_text() {
    List<Article> articles = split("""
        建家交出新答卷

        ——市总工会落实全总十八大精神纪实

        1180家

        全市新建基层工会一千一百八十家，新发展会员十二万人。
        """);
    List<String> paragraphs = articles.get(0).paragraphs().stream().map(Paragraph::text).toList();
    assertEquals(List.of("1180家", "全市新建基层工会一千一百八十家，新发展会员十二万人。"), paragraphs);
  }

  @Test
  void flags_article_continued_on_another_page() {
    List<Article> articles = split("""
        职工运动会开幕

        本报讯(记者林木)第十届职工运动会昨日开幕,共有3000名职工参赛。(下转第3版)

        体检车开进工地

        本报讯(记者叶青)市总工会的体检车开进了地铁工地。转2版
        """);
    assertEquals(2, articles.size());
    assertTrue(articles.get(0).truncated());
    assertTrue(articles.get(1).truncated());
  }

  @Test
  void flags_article_when_page_ends_mid_sentence() {
    List<Article> articles = split("""
        技能比武在车间举行

        本报讯(记者甘雨)近日,一场焊工技能比武在车间火热
        """);
    assertTrue(articles.get(0).truncated());
  }

  @Test
  void contents_list_and_promo_box_are_toc() {
    List<Article> articles = split("""
        《职工之友》2024年第3期要目

        - 让职工书屋活起来…… 甲乙 - 新就业形态劳动者入会记…… 丙丁

        扫一扫阅读《职工之友》全部目录

        工匠学院开学了

        本报讯(记者严冬)某县工匠学院首期培训班开学。
        """);
    assertEquals(ArticleKind.TOC, articles.get(0).kind());
    assertEquals("《职工之友》2024年第3期要目", articles.get(0).title());
    assertEquals(2, articles.get(0).paragraphs().size());
    assertEquals("工匠学院开学了", articles.get(1).title());
  }

  @Test
  void photo_item_has_caption_and_photographer() {
    List<Article> articles = split("""
        驿站里的元宵节

        正月十五,户外劳动者在工会驿站里吃上了热汤圆。

        本报记者 申明 摄

        读书会走进工地

        本报讯(记者韦华)读书会走进了地铁工地。
        """);
    Article photo = articles.get(0);
    assertEquals(ArticleKind.PHOTO, photo.kind());
    assertEquals("驿站里的元宵节", photo.title());
    assertEquals(List.of("正月十五,户外劳动者在工会驿站里吃上了热汤圆。"), photo.captions());
    assertEquals(List.of("申明"), photo.byline().photographers());
    assertEquals("正月十五,户外劳动者在工会驿站里吃上了热汤圆。", photo.searchableText(), "no line before the caption");
    assertEquals("读书会走进工地", articles.get(1).title());
  }

  @Test
  void a_photo_item_under_a_column_label_is_a_photo_of_its_own() {
    List<Article> articles = split("""
        码头举办吊车司机比武

        本刊讯 6月3日，港区工会举办吊车司机技能比武，四十名司机参赛。

        图说新闻

        送清凉到码头

        6月5日，港区工会为一线职工送去绿豆汤和防暑药品。

        周文 摄
        """);
    assertEquals(2, articles.size());
    Article photo = articles.get(1);
    assertEquals(ArticleKind.PHOTO, photo.kind());
    assertEquals("图说新闻", photo.column());
    assertEquals("送清凉到码头", photo.title());
    assertEquals(List.of("6月5日，港区工会为一线职工送去绿豆汤和防暑药品。"), photo.captions());
    assertEquals(List.of("周文"), photo.byline().photographers());
    assertEquals(1, articles.get(0).paragraphs().size());
  }

  @Test
  void a_closing_staff_note_in_brackets_is_the_byline_and_stays_in_the_text() {
    List<Article> articles = split("""
        码头举办吊车司机比武

        本刊讯 6月3日，港区工会举办吊车司机技能比武，四十名司机参赛。

        （通讯员 周文 记者 高山、林立）
        """);
    Article article = articles.get(0);
    assertEquals(List.of("本刊讯 6月3日，港区工会举办吊车司机技能比武，四十名司机参赛。", "（通讯员 周文 记者 高山、林立）"),
        article.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(List.of("周文"), article.byline().correspondents());
    assertEquals(List.of("高山", "林立"), article.byline().reporters());
    assertEquals(ArticleKind.BRIEF, article.kind());
  }

  @Test
  void a_closing_source_note_in_brackets_stays_text() {
    List<Article> articles = split("""
        码头举办吊车司机比武

        港区工会举办吊车司机技能比武，四十名司机参赛。

        （据港区工会网站）
        """);
    assertEquals(2, articles.get(0).paragraphs().size());
    assertTrue(articles.get(0).byline().allNames().isEmpty());
  }

  @Test
  void staff_and_credit_lines_keep_their_printed_text() {
    List<Article> articles = split("""
        城市里的新地标

        本报记者 高山

        新建成的职工文化中心日前开放,首月接待职工三万人次。

        数据来源：市总工会

        版式设计：蔡华伟
        """);
    assertEquals(1, articles.size());
    Byline byline = articles.get(0).byline();
    assertEquals(List.of("高山"), byline.reporters());
    assertEquals(List.of("本报记者 高山", "数据来源：市总工会", "版式设计：蔡华伟"), byline.lines());
  }

  @Test
  void byline_written_before_its_printed_lines_were_kept_reads_as_having_none() {
    Byline byline = ArticleJson.newMapper().convertValue(
        Map.of("reporters", List.of("高山"), "correspondents", List.of(), "photographers", List.of(),
            "authors", List.of()), Byline.class);
    assertEquals(List.of(), byline.lines());
  }

  @Test
  void photo_credit_under_a_paragraph_that_does_not_open_like_a_caption_closes_the_article_above() {
    List<Article> articles = split("""
        大山深处的采茶人

        清明前后，某县茶园里的采茶工人天不亮就上山了。

        今年53岁的采茶工老张，已经在这片茶园干了30多年。

        从家到茶园要爬坡两个小时，县总工会在半山腰设了一处工会驿站。

        采茶十分辛苦，一天下来要走十几公里的山路。但是今年的茶价好，工人们干劲十足。

        马力摄（影像中国）
        """);
    assertEquals(List.of("大山深处的采茶人"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("马力"), articles.get(0).byline().photographers());
    assertEquals(4, articles.get(0).paragraphs().size());
  }

  @Test
  void byline_lines_keep_the_page_order_of_a_photo_credit_inside_the_text_and_a_layout_credit_under_it() {
    List<Article> articles = split("""
        职工书屋开进园区

        本报讯（记者马力）近日，某市总工会在工业园区开办职工书屋。

        图为职工在书屋里读书。

        张 楠摄

        书屋藏书三千余册，职工下班就能借书。

        版式设计：李 明
        """);
    assertEquals(List.of("张 楠摄", "版式设计：李 明"), articles.get(0).byline().lines());
  }

  @Test
  void photo_credit_cut_before_its_note_in_brackets_is_rejoined() {
    List<Article> articles = split("""
        职工书屋开进园区

        本报讯（记者马力）近日，某市总工会在工业园区开办职工书屋。

        图为职工在书屋里读书。

        黄绍

        芬摄（资料照片）

        书屋藏书三千余册，职工下班就能借书。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("黄绍芬"), articles.get(0).byline().photographers());
    assertEquals(List.of("黄绍芬摄（资料照片）"), articles.get(0).byline().lines());
  }

  @Test
  void caption_saying_what_the_photo_shows_under_the_text_is_the_articles_own_photo() {
    List<Article> articles = split("""
        职工书屋开进园区

        本报讯（记者马力）近日，某市总工会在工业园区开办职工书屋。

        书屋藏书三千余册，职工下班就能借书。

        图为职工在书屋里读书。

        张 楠摄

        全市职工篮球赛开赛

        本报讯（记者苗青）全市职工篮球赛日前开赛。
        """);
    assertEquals(List.of("职工书屋开进园区", "全市职工篮球赛开赛"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("张 楠摄"), articles.get(0).byline().lines());
  }

  @Test
  void caption_without_headline_is_its_own_photo_item() {
    List<Article> articles = split("""
        职工篮球赛开赛

        本报讯(记者苗青)全市职工篮球赛日前开赛。

        3月8日,女职工在插花课上交流作品。

        花朵 摄
        """);
    assertEquals(2, articles.size());
    assertEquals(ArticleKind.PHOTO, articles.get(1).kind());
    assertEquals(List.of("花朵"), articles.get(1).byline().photographers());
    assertTrue(articles.get(1).source().warnings().contains("no headline found; title taken from the text"));
  }

  /** Two sections of a compilation, each under its headline and signed by a staff line. */
  private static final String TWO_SIGNED_SECTIONS = """
      变电站里的守夜人

      本报记者 张楠

      除夕夜,变电站值班室灯火通明。

      驿站里的饺子宴

      本报记者 马力

      初一清早,工会驿站飘出饺子香。

      """;

  @Test
  void signed_sections_under_an_unsigned_introduction_are_one_compilation() {
    List<Article> articles = split("""
        新春走一线

        春节期间,本报记者走进车间、工地和驿站,记录坚守岗位的职工。

        ——编者

        """ + TWO_SIGNED_SECTIONS + """
        职工书屋迎来读书热

        本报讯(记者苗青)节日里,职工书屋天天满座。
        """);
    assertEquals(List.of("新春走一线", "职工书屋迎来读书热"), articles.stream().map(Article::title).toList());
    Article compilation = articles.get(0);
    assertEquals(List.of("春节期间,本报记者走进车间、工地和驿站,记录坚守岗位的职工。", "——编者", "变电站里的守夜人", "本报记者 张楠",
        "除夕夜,变电站值班室灯火通明。", "驿站里的饺子宴", "本报记者 马力", "初一清早,工会驿站飘出饺子香。"), texts(compilation));
    assertEquals(List.of("张楠", "马力"), compilation.byline().reporters());
    assertEquals(List.of(), compilation.byline().lines());
  }

  @Test
  void unsigned_dashed_headline_after_signed_sections_opens_an_article() {
    List<Article> articles = split("""
        新春走一线

        春节期间,本报记者走进车间、工地和驿站,记录坚守岗位的职工。

        """ + TWO_SIGNED_SECTIONS + """
        全市职工春节文艺演出——

        线上观众创新高

        今年的职工春节文艺演出首次在网上直播,全市一百二十万人次在线观看,比去年现场观众多出十倍。

        演出由市总工会主办,二十多个基层工会选送的节目全部由一线职工自编自演,其中快板《工地新春》最受欢迎。

        主办方介绍,明年还将增设手语翻译和字幕,方便听障职工观看。
        """);
    assertEquals(List.of("新春走一线", "线上观众创新高"), articles.stream().map(Article::title).toList());
    assertEquals("全市职工春节文艺演出——", articles.get(1).kicker());
  }

  @Test
  void parallel_signed_sections_under_one_headline_are_one_compilation_under_it() {
    List<Article> articles = split("""
        新春走一线

        变电站——

        守夜人的除夕

        本报记者 张楠

        除夕夜,变电站值班室灯火通明。

        工会驿站——

        一桌饺子宴

        本报记者 马力

        初一清早,工会驿站飘出饺子香。
        """);
    assertEquals(1, articles.size());
    Article compilation = articles.get(0);
    assertEquals("新春走一线", compilation.title());
    assertNull(compilation.kicker());
    assertEquals(List.of("变电站——", "守夜人的除夕", "本报记者 张楠", "除夕夜,变电站值班室灯火通明。", "工会驿站——", "一桌饺子宴",
        "本报记者 马力", "初一清早,工会驿站飘出饺子香。"), texts(compilation));
    assertEquals(List.of("张楠", "马力"), compilation.byline().reporters());
  }

  @Test
  void parallel_signed_sections_with_two_phrase_titles_are_one_compilation() {
    List<Article> articles = split("""
        工会防控在行动

        某区街道

        职工跑楼队 让居民少跑腿

        本报记者 张楠

        街道工会组织职工志愿者，每天为居家隔离的住户送菜上门。

        某市：集中隔离 守牢第一道关

        本报记者 马力

        市总工会协调宾馆改作隔离点，工会干部轮流值守。
        """);
    assertEquals(List.of("工会防控在行动"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("张楠", "马力"), articles.get(0).byline().reporters());
  }

  @Test
  void dashed_kicker_over_a_title_with_its_column_in_brackets_is_no_section_of_the_article_above() {
    String page = """
        某市劳模代表——

        把技能课开到车间里（我当代表这一年）

        2018年某市——

        3.2万

        职工参加技能培训3.2万人次，其中农民工1.1万人次。

        二月十二日，记者在某市机床厂见到了刚下夜班的劳模代表。

        某省人大代表——

        让更多职工学上新技术（代表履职故事）

        二月十三日上午，某省人大代表在工会驿站给快递员讲课。
        """;
    // a model that reads every run it is asked about as a new article's headline: no section rule may decide first
    List<Article> articles = splitWeighingAs(true, page);
    assertEquals(List.of("把技能课开到车间里（我当代表这一年）", "让更多职工学上新技术（代表履职故事）"),
        articles.stream().map(Article::title).toList());
  }

  @Test
  void lines_over_a_dateline_cut_by_a_column_break_are_a_headline_whatever_the_model_says() {
    String page = """
        职工书屋开进园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工书屋。

        市总工会：

        今年新建职工书屋一百家

        本报北

        阅读提示

        书屋建在车间旁,职工下班就能借书。

        京3月8日电  (记者张楠)市总工会日前公布今年为职工办的十件实事。
        """;
    // a model that reads every run it weighs as subheads: the cut dateline decides without it
    List<Article> articles = splitWeighingAs(false, page);
    assertEquals(List.of("职工书屋开进园区", "今年新建职工书屋一百家"), articles.stream().map(Article::title).toList());
    assertEquals("市总工会：", articles.get(1).kicker());
    assertEquals("本报北京3月8日电", articles.get(1).dateline());
  }

  @Test
  void a_writer_s_note_above_a_sidebar_of_the_same_article_stays_where_it_was_printed() {
    String page = """
        把书屋办到职工身边

        职工书屋不在大，在于常开门、有人来。

        （作者为某市总工会干部）

        书屋开放时间

        周一至周五，每晚六点到九点。
        """;
    // a model that reads the sidebar's heading as a subhead of the article above
    List<Article> articles = splitWeighingAs(false, page);
    assertEquals(1, articles.size());
    assertEquals(List.of("职工书屋不在大，在于常开门、有人来。", "（作者为某市总工会干部）", "书屋开放时间", "周一至周五，每晚六点到九点。"),
        texts(articles.get(0)));
    assertEquals(ArticleKind.COMMENTARY, articles.get(0).kind());
  }

  @Test
  void the_editor_s_word_under_an_article_belongs_to_it_whatever_the_model_says() {
    String page = """
        职工书屋开进园区

        本报讯（记者马力）近日，某市总工会在工业园区开办职工书屋，职工下班就能借书。

        把书屋办到职工身边（编后）

        书屋不在大，在于常开门、有人来。
        """;
    // a model that reads every run it weighs as a new article's headline: the sidebar rule decides first
    List<Article> articles = splitWeighingAs(true, page);
    assertEquals(List.of("职工书屋开进园区"), articles.stream().map(Article::title).toList());
    assertTrue(articles.get(0).paragraphs().get(1).subhead());
  }

  @Test
  void signed_article_with_a_subtitle_then_a_signed_article_are_two_articles() {
    List<Article> articles = split("""
        工会驿站上新

        十项暖心服务为户外劳动者解难题

        本报记者 张楠

        驿站增设了充电柜和药箱。

        技能比武见真章

        本报记者 马力

        全市二百名焊工同台竞技。
        """);
    assertEquals(List.of("工会驿站上新", "技能比武见真章"), articles.stream().map(Article::title).toList());
    assertEquals("十项暖心服务为户外劳动者解难题", articles.get(0).subtitle());
  }

  @Test
  void long_unsigned_article_then_a_signed_headline_are_two_articles_and_a_design_credit_signs_nothing() {
    String longBody = "全市职工书屋今年新添图书两万册,借阅量比去年翻了一番。".repeat(40);
    List<Article> articles = split("职工书屋迎来读书热\n\n" + longBody + "\n\n驿站里的饺子宴\n\n本报记者 马力\n\n初一清早,工会驿站飘出饺子香。\n");
    assertEquals(List.of("职工书屋迎来读书热", "驿站里的饺子宴"), articles.stream().map(Article::title).toList());
    articles = split("""
        职工书屋迎来读书热

        节日里,职工书屋天天满座。

        图片报道

        版式设计：张丹

        工会驿站里的年夜饭

        除夕夜,驿站里摆上了十桌年夜饭。

        花朵 摄
        """);
    assertEquals("职工书屋迎来读书热", articles.get(0).title());
    assertEquals(List.of("节日里,职工书屋天天满座。"), texts(articles.get(0)));
  }

  @Test
  void signed_article_followed_by_a_signed_headline_are_two_articles() {
    List<Article> articles = split("""
        变电站里的守夜人

        本报讯(记者张楠)除夕夜,变电站值班室灯火通明。

        驿站里的饺子宴

        本报记者 马力

        初一清早,工会驿站飘出饺子香。
        """);
    assertEquals(List.of("变电站里的守夜人", "驿站里的饺子宴"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("马力"), articles.get(1).byline().reporters());
  }

  @Test
  void line_cut_by_a_column_break_above_a_box_is_joined_with_its_other_half() {
    List<Article> articles = split("""
        劳模工匠进企业

        本报讯(记者马力)近日,某市总工会启动劳模工匠助企行活动。

        市总工会组织劳模

        阅读提示

        劳模工匠助企行活动将持续到年底。

        走进车间,为职工讲解安全生产知识。

        守

        阅读提示

        工匠学院今年将培训五千名职工。

        护职工的平安路

        凌晨四点,安全员已经在巡查。
        """);
    assertEquals(1, articles.size());
    Article article = articles.get(0);
    assertEquals(List.of("本报讯(记者马力)近日,某市总工会启动劳模工匠助企行活动。", "市总工会组织劳模走进车间,为职工讲解安全生产知识。",
        "守护职工的平安路", "凌晨四点,安全员已经在巡查。"), texts(article));
    assertTrue(article.paragraphs().get(2).subhead());
    assertEquals("劳模工匠助企行活动将持续到年底。\n工匠学院今年将培训五千名职工。", article.readingTip());
  }

  @Test
  void subhead_cut_in_two_by_a_column_break_is_one_subhead_again() {
    List<Article> articles = split("""
        湿地公园里的职工志愿者

        本报讯(记者马力)近日,某区总工会组织职工志愿者走进湿地公园,开展护鸟宣传活动,两百多名职工报名参加。

        志愿者们分成十个小组,在公园入口和观鸟台向游客发放宣传册,讲解候鸟保护知识,一天下来发出宣传册三千多份。

        曾经腥臭的

        鱼塘变成湿地公园

        公园所在的村子过去靠养鱼为生,塘里的水常年发臭。前年起,村里退渔还湿,如今这里成了候鸟栖息的乐园。

        “在基

        层,心里踏实”

        带队的工会干部说,志愿服务让职工和村民走得更近了。
        """);
    assertEquals(1, articles.size());
    List<Paragraph> paragraphs = articles.get(0).paragraphs();
    assertEquals(List.of("曾经腥臭的鱼塘变成湿地公园", "“在基层,心里踏实”"),
        paragraphs.stream().filter(Paragraph::subhead).map(Paragraph::text).toList());
  }

  @Test
  void headline_like_second_half_of_a_cut_paragraph_is_joined_to_it() {
    List<Article> articles = split("""
        职工书屋迎来读书热

        本报讯(记者马力)节日里,全市两百多家职工书屋天天满座,不少职工带着孩子一起来读书,书屋管理员说,这是近年来最热闹的

        阅读提示

        职工书屋今年新增图书五万册。

        一个春节！

        书屋还举办了读书分享会,吸引了五百多名职工参加。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("本报讯(记者马力)节日里,全市两百多家职工书屋天天满座,不少职工带着孩子一起来读书,书屋管理员说,这是近年来最热闹的一个春节！",
        "书屋还举办了读书分享会,吸引了五百多名职工参加。"), texts(articles.get(0)));
  }

  @Test
  void subhead_cut_inside_a_name_the_page_repeats_is_one_subhead_again() {
    List<Article> articles = split("""
        沣洺镇职工之家建设见成效

        本报讯(记者马力)近日,沣洺镇总工会对全镇职工之家建设情况进行检查,沣洺镇五十多家企业建成了职工之家。

        走进沣

        洺镇的职工书屋

        书屋里图书上万册,职工下班后常来这里看书。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("走进沣洺镇的职工书屋"),
        articles.get(0).paragraphs().stream().filter(Paragraph::subhead).map(Paragraph::text).toList());
  }

  @Test
  void subhead_like_line_ending_where_no_headline_does_is_continued_by_the_text_under_it() {
    List<Article> articles = split("""
        工会走访暖人心

        本报讯(记者马力)春节前,某市总工会组织干部走访慰问困难职工家庭,送去慰问金和年货,两千多户职工家庭受益。

        让职工们感到最温暖的

        是工会干部一次次上门问需,帮他们解决子女入学和就医的难题。
        """);
    assertEquals(List.of("本报讯(记者马力)春节前,某市总工会组织干部走访慰问困难职工家庭,送去慰问金和年货,两千多户职工家庭受益。",
        "让职工们感到最温暖的是工会干部一次次上门问需,帮他们解决子女入学和就医的难题。"), texts(articles.get(0)));
  }

  @Test
  void bare_number_or_cut_dateline_read_as_a_subhead_is_continued_by_the_text_under_it() {
    List<Article> articles = split("""
        职工书屋迎来读书热

        本报讯(记者马力)节日里,全市两百多家职工书屋天天满座,不少职工带着孩子一起来读书,书屋管理员说,这是近年来最热闹的一个春节。

        20

        多年来,市总工会先后建成职工书屋三百多家,藏书超过五十万册。

        本报北京1月

        25日电 全国总工会日前表彰了一批职工书屋示范点。
        """);
    assertEquals(List.of("本报讯(记者马力)节日里,全市两百多家职工书屋天天满座,不少职工带着孩子一起来读书,书屋管理员说,这是近年来最热闹的一个春节。",
        "20多年来,市总工会先后建成职工书屋三百多家,藏书超过五十万册。", "本报北京1月25日电 全国总工会日前表彰了一批职工书屋示范点。"),
        texts(articles.get(0)));
  }

  @Test
  void bare_section_numbers_are_subheads_under_the_headline_and_in_the_text() {
    List<Article> articles = split("""
        信任的力量

        一

        李红是一名八〇后女工,大学毕业后回到家乡的纺织厂工作,如今已是车间的工会小组长。

        二

        去年冬天,车间里有位老职工生了重病,李红带着工友们捐款捐物,帮他渡过了难关。

        驿站里的饺子宴

        本报讯(记者马力)除夕夜,工会驿站里热气腾腾,环卫工人围坐在一起包饺子。
        """);
    assertEquals(List.of("信任的力量", "驿站里的饺子宴"), articles.stream().map(Article::title).toList());
    Article story = articles.get(0);
    assertNull(story.subtitle());
    assertEquals(List.of("一", "二"), story.paragraphs().stream().filter(Paragraph::subhead).map(Paragraph::text).toList());
  }

  @Test
  void dated_note_ends_the_headline_of_a_regulation_and_the_lines_under_it_open_the_text() {
    List<Article> articles = split("""
        职工服务条例

        （2024年3月8日市总工会第五届全委会第三次会议通过）

        市总工会公告

        第十二号

        《职工服务条例》已由市总工会全委会议通过,现予公布,自2024年5月1日起施行。

        市总工会

        2024年3月8日

        目  录

        第一章  总  则

        第一条  为了做好职工服务工作,维护职工合法权益,制定本条例。
        """);
    assertEquals(List.of("职工服务条例"), articles.stream().map(Article::title).toList());
    Article regulation = articles.get(0);
    assertEquals("（2024年3月8日市总工会第五届全委会第三次会议通过）", regulation.subtitle());
    assertEquals(List.of("市总工会公告", "第十二号"),
        regulation.paragraphs().subList(0, 2).stream().map(Paragraph::text).toList());
    assertEquals("第一条 为了做好职工服务工作,维护职工合法权益,制定本条例。", texts(regulation).get(texts(regulation).size() - 1));
    assertEquals("2024年3月8日", texts(regulation).get(texts(regulation).size() - 4));
  }

  @Test
  void lone_headline_line_cut_from_the_next_paragraph_goes_back_to_the_article_above() {
    List<Article> articles = split("""
        市总工会主席会见劳模代表

        本报北京1月8日电  （记者马力）1月8日，市总工会主席在职工之家会见了十位劳模代表。

        主席表

        示，工会愿同劳模们共同努力，推动职工服务工作迈上新的台阶。

        工匠学院开学

        本报讯(记者江河)今天,市工匠学院迎来首批学员。
        """);
    assertEquals(List.of("市总工会主席会见劳模代表", "工匠学院开学"), articles.stream().map(Article::title).toList());
    assertEquals("主席表示，工会愿同劳模们共同努力，推动职工服务工作迈上新的台阶。", texts(articles.get(0)).get(1));
  }

  @Test
  void one_line_title_ending_on_de_stays_a_title() {
    List<Article> articles = split("""
        市总工会主席会见劳模代表

        本报北京1月8日电  （记者马力）1月8日，市总工会主席在职工之家会见了十位劳模代表。

        一线职工的辛苦是值得的

        本报讯(记者江河)今天,市工匠学院迎来首批学员,一线职工说,这些年的辛苦没有白费。
        """);
    assertEquals(List.of("市总工会主席会见劳模代表", "一线职工的辛苦是值得的"), articles.stream().map(Article::title).toList());
  }

  @Test
  void cut_subhead_takes_its_rest_from_an_unfinished_paragraph_above_it() {
    List<Article> articles = split("""
        关于职工服务合作的联合声明

        本报讯(记者马力)甲市总工会和乙市总工会日前共同发表联合声明,全文如下。

        甲市总工会和乙市总工会,重申两地工会长期友好合作的传统,

        遵循各方在

        平等互利原则基础上开展职工服务合作的共识,

        决定共建职工服务驿站。
        """);
    assertEquals(List.of("本报讯(记者马力)甲市总工会和乙市总工会日前共同发表联合声明,全文如下。",
        "甲市总工会和乙市总工会,重申两地工会长期友好合作的传统,", "遵循各方在平等互利原则基础上开展职工服务合作的共识,决定共建职工服务驿站。"),
        texts(articles.get(0)));
  }

  @Test
  void numbered_subhead_cut_by_a_column_break_is_continued_on_the_evidence_of_the_cut() {
    List<Article> articles = split("""
        关于做好职工服务工作的意见

        本报讯(记者马力)日前,某市总工会印发意见,对做好今年的职工服务工作作出部署,要求各级工会把服务送到一线。

        一、加强职工之家建设

        ,完善服务阵地,做到有场所、有人员、有活动。各级工会要定期检查,发现问题及时整改。

        二、开展送温暖活动

        各级工会要走访困难职工家庭,帮助解决实际困难。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("本报讯(记者马力)日前,某市总工会印发意见,对做好今年的职工服务工作作出部署,要求各级工会把服务送到一线。",
        "一、加强职工之家建设,完善服务阵地,做到有场所、有人员、有活动。各级工会要定期检查,发现问题及时整改。", "二、开展送温暖活动",
        "各级工会要走访困难职工家庭,帮助解决实际困难。"), texts(articles.get(0)));
    assertTrue(articles.get(0).paragraphs().get(2).subhead());
  }

  @Test
  void numbered_subhead_cut_inside_a_word_is_one_line_again() {
    List<Article> articles = split("""
        外商投资法全文

        本报讯(记者马力)外商投资法自明年一月一日起施行,下面是法律的主要条款,请读者留意相关报道和国家的有关规定。

        第四十条 国

        家建立外商投资安全审查制度。

        第四十一条 本法自公布之日起施行。
        """);
    assertEquals(1, articles.size());
    assertEquals("第四十条 国家建立外商投资安全审查制度。", articles.get(0).paragraphs().get(1).text());
  }

  @Test
  void numbered_captions_belong_to_the_article_they_illustrate() {
    List<Article> articles = split("""
        节日里的坚守者

        本报讯(记者苗青)春节期间,全市有两万多名职工坚守岗位。

        图片说明：

        图①：供电职工在巡查线路。

        花朵 摄

        图②：环卫工人在清扫街道。

        高山 摄

        职工书屋迎来读书热

        本报讯(记者马力)节日里,职工书屋天天满座。
        """);
    assertEquals(List.of("节日里的坚守者", "职工书屋迎来读书热"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("图①：供电职工在巡查线路。", "图②：环卫工人在清扫街道。"), articles.get(0).captions());
  }

  @Test
  void column_label_and_page_banner_are_columns_not_articles() {
    List<Article> articles = split("""
        建功新时代 奋进新征程

        劳模工匠进校园

        首场宣讲在职业学校举行

        本报讯(记者江河)劳模工匠进校园首场宣讲举行。

        新闻特写

        一堂特别的焊接课

        本报记者 湖海

        焊花飞溅,老劳模手把手教学生。
        """);
    assertEquals(2, articles.size());
    assertEquals("建功新时代 奋进新征程", articles.get(0).column());
    assertEquals("劳模工匠进校园", articles.get(0).title());
    assertEquals("首场宣讲在职业学校举行", articles.get(0).subtitle());
    assertEquals("新闻特写", articles.get(1).column());
    assertEquals("一堂特别的焊接课", articles.get(1).title());
  }

  @Test
  void dashed_line_above_title_is_the_kicker() {
    List<Article> articles = split("""
        某区总工会从服务骑手入手建设友好街区——

        街区里有了骑手的家

        本报记者 金石

        骑手们如今可以在街区驿站歇脚了。
        """);
    assertEquals("某区总工会从服务骑手入手建设友好街区——", articles.get(0).kicker());
    assertEquals("街区里有了骑手的家", articles.get(0).title());
    assertNull(articles.get(0).subtitle());
  }

  @Test
  void repeated_paragraph_is_kept_once() {
    List<Article> articles = split("""
        工会驿站再升级

        本报讯(记者董明)全市工会驿站今年将全部升级。

        升级后的驿站配有微波炉、饮水机和充电设备。

        升级后的驿站配有微波炉、饮水机和充电设备。
        """);
    assertEquals(2, articles.get(0).paragraphs().size());
  }

  @Test
  void fragment_printed_above_its_headline_is_attached_by_shared_names() {
    List<Article> articles = split("""
        春季招聘会举行

        本报讯(记者钱江)春季招聘会昨日举行,200家企业提供岗位。

        此外,青松湖开发区总工会还成立了电焊工匠学院,培训职工500人。

        青松湖开发区总工会把工会建在产业链上——

        链上有了工会

        本报记者 孙海

        日前,青松湖开发区总工会召开产业链工会大会。
        """);
    assertEquals(1, articles.get(0).paragraphs().size());
    List<String> moved = texts(articles.get(1));
    assertEquals("此外,青松湖开发区总工会还成立了电焊工匠学院,培训职工500人。", moved.get(moved.size() - 1));
    assertFalse(articles.get(1).source().warnings().isEmpty());
  }

  @Test
  void names_at_the_end_of_a_magazine_item_are_its_authors() {
    List<Article> articles = split("""
        职工书屋获评示范点

        本刊讯 日前,某县职工书屋获评全国示范点。

        许多 何少

        技能大赛落幕

        本刊讯 某县职工技能大赛日前落幕。
        """);
    assertEquals(2, articles.size());
    assertEquals("本刊讯", articles.get(0).dateline());
    assertEquals(List.of("许多", "何少"), articles.get(0).byline().authors());
  }

  @Test
  void signed_comment_with_author_note_is_commentary() {
    List<Article> articles = split("""
        让数字工会更好服务职工

        ■吕方

        数字工会建设要从职工需求出发。

        (作者系某区总工会干部)
        """);
    assertEquals(ArticleKind.COMMENTARY, articles.get(0).kind());
    assertEquals(List.of("吕方"), articles.get(0).byline().authors());
    assertFalse(articles.get(0).truncated());
  }

  @Test
  void crlf_bom_and_full_width_spaces_are_tolerated() {
    List<Article> articles = split("\uFEFF职工书屋开放\r\n\r\n本报讯\u3000记者施工报道\u3000书屋今日开放。\r\n");
    assertEquals("职工书屋开放", articles.get(0).title());
    assertEquals(List.of("施工"), articles.get(0).byline().reporters());
  }

  @Test
  void offsets_point_at_the_article_text_in_the_page() {
    String page = "标题一行\n\n本报讯(记者甲乙)正文第一段。\n";
    Article article = split(page).get(0);
    assertEquals(page.strip(), page.substring(article.source().startOffset(), article.source().endOffset()));
  }

  @Test
  void empty_page_has_no_articles() {
    assertEquals(List.of(), split(" \n\u3000\n"));
  }

  @Test
  void a_cut_line_that_leaves_a_quote_open_is_rejoined_with_the_next_line() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。

        在这堂“公开课

        ”上,职工们学习了安全生产知识。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。", "在这堂“公开课”上,职工们学习了安全生产知识。"),
        texts(articles.get(0)));
  }

  @Test
  void a_line_opening_with_a_comma_continues_the_cut_line_above() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。

        1月30日

        ，市总工会召开座谈会，听取职工意见。
        """);
    assertEquals(1, articles.size());
    assertEquals("1月30日，市总工会召开座谈会，听取职工意见。", texts(articles.get(0)).get(1));
  }

  @Test
  void the_boundary_model_decides_a_lone_headline_that_no_rule_settles() {
    String text = """
        职工夜校开进工业园区

        某市总工会在工业园区开办职工夜校，报名的职工越来越多。

        冬季长跑比赛开赛

        全市冬季长跑比赛昨日在滨江公园鸣枪开跑。
        """;
    Page page = new Page("fixture.txt", Paper.UNKNOWN, null, false, "fixture", text);
    List<BoundaryDecision> decisions = new java.util.ArrayList<>();
    assertEquals(2, new ArticleSplitter((lineStart, features) -> true).split(page, decisions::add).size());
    assertEquals(BoundaryDecision.Rule.MODEL, decisions.get(1).rule());
    assertEquals(text.indexOf("冬季长跑"), decisions.get(1).lineStart());
    List<Article> kept = new ArticleSplitter((lineStart, features) -> false).split(page);
    assertEquals(1, kept.size());
    assertTrue(kept.get(0).paragraphs().get(1).subhead());
  }

  @Test
  void a_line_cut_inside_a_word_the_article_uses_elsewhere_is_rejoined() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校,职工稳步提升技能。

        夜校帮助企业稳

        步前行,也让职工稳步成长。
        """);
    assertEquals(1, articles.size());
    assertEquals("夜校帮助企业稳步前行,也让职工稳步成长。", texts(articles.get(0)).get(1));
  }

  @Test
  void a_dated_note_under_a_title_is_its_subtitle_but_a_closing_dateline_with_reporters_is_not() {
    Article speech = split("""
        在全市劳动模范表彰大会上的讲话

        （2024年4月28日）

        同志们：今天，我们在这里隆重集会，表彰全市劳动模范和先进工作者。
        """).get(0);
    assertEquals("（2024年4月28日）", speech.subtitle());
    List<Article> articles = split("""
        职工之家迎新春

        春节前夕，全市各级工会走访慰问困难职工，送去米面油和慰问金。

        新春快乐，劳动者！

        （新华社北京1月25日电  记者张楠、马力）

        技能大赛决赛开幕

        全市二百名焊工同台竞技，比拼焊接技艺。
        """);
    assertEquals("职工之家迎新春", articles.get(0).title());
    for (Article article : articles) {
      String headline = article.kicker() + " " + article.title() + " " + article.subtitle();
      assertFalse(headline.contains("新华社"), headline);
    }
  }

  @Test
  void a_subhead_whose_last_and_next_first_character_make_no_word_of_the_article_stays() {
    List<Article> articles = split("""
        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。

        课程按需设置

        夜校课程按职工需求设置,每月更新一次。
        """);
    assertTrue(articles.get(0).paragraphs().get(1).subhead());
  }

  @Test
  void a_closing_note_cut_by_a_column_break_and_a_box_is_one_note_of_the_article_above() {
    List<Article> articles = split("""
        劳模工匠进企业

        某市总工会近日启动劳模工匠助企行活动,组织劳模走进车间讲解安全生产知识。

        (新华社北京

        阅读提示

        本文介绍劳模工匠进企业的有关情况。

        10月1日电)

        职工书屋开到工地上

        本报讯(记者马力)近日,一家建筑企业在工地开设职工书屋。
        """);
    assertEquals(2, articles.size());
    assertEquals("劳模工匠进企业", articles.get(0).title());
    assertEquals(List.of("某市总工会近日启动劳模工匠助企行活动,组织劳模走进车间讲解安全生产知识。", "(新华社北京10月1日电)"),
        texts(articles.get(0)));
    assertEquals("职工书屋开到工地上", articles.get(1).title());
    assertNull(articles.get(1).kicker());
    assertEquals("本文介绍劳模工匠进企业的有关情况。", articles.get(0).readingTip());
    assertNull(articles.get(1).readingTip());
  }

  @Test
  void the_first_half_of_a_first_paragraph_cut_inside_a_word_is_not_a_subtitle() {
    List<Article> articles = split("""
        田园综合体助农增收

        近

        阅读提示

        本文介绍田园综合体助农增收的有关情况。

        年来,某县推广特色高效农业,带动农户增收致富。
        """);
    assertEquals(1, articles.size());
    assertEquals("田园综合体助农增收", articles.get(0).title());
    assertNull(articles.get(0).subtitle());
    assertEquals(List.of("近年来,某县推广特色高效农业,带动农户增收致富。"), texts(articles.get(0)));
  }

  @Test
  void a_second_headline_line_over_a_first_paragraph_opening_with_a_name_stays_a_headline() {
    List<Article> articles = split("""
        护水护出好生态 种果种来好日子

        睦和村双赢记

        长江,在重庆涪陵区拐了两道弯,睦和村就坐落在江水环绕的半岛上。
        """);
    assertEquals("护水护出好生态 种果种来好日子", articles.get(0).kicker());
    assertEquals("睦和村双赢记", articles.get(0).title());
    assertEquals(List.of("长江,在重庆涪陵区拐了两道弯,睦和村就坐落在江水环绕的半岛上。"), texts(articles.get(0)));
  }

  /** A subhead cut by a column break, with a box between its halves. */
  private static final String CUT_SUBHEAD_PAGE = """
        多一点勇敢 添一分开心

        本报讯(记者马力)滑雪场内,一位姑娘沿雪道滑行至山脚。

        学生的鼓励让

        阅读提示

        本文介绍一位教师学会滑雪的经过。

        她克服了对滑雪的恐惧

        距离市区几十公里的南山,坐落着大小不一的滑雪场。
        """;

  @Test
  void a_short_unfinished_line_above_a_box_and_a_lone_headline_line_are_one_subhead() {
    List<Article> articles = split(CUT_SUBHEAD_PAGE);
    assertEquals(1, articles.size());
    assertEquals(List.of("本报讯(记者马力)滑雪场内,一位姑娘沿雪道滑行至山脚。", "学生的鼓励让她克服了对滑雪的恐惧",
        "距离市区几十公里的南山,坐落着大小不一的滑雪场。"), texts(articles.get(0)));
    assertTrue(articles.get(0).paragraphs().get(1).subhead());
  }

  @Test
  void a_drawing_credit_closes_the_verse_above_it_instead_of_opening_a_photo_item() {
    List<Article> articles = split("""
        图片报道

        驿站添新景，

        骑手笑开颜。

        一碗热汤暖，

        冬夜不觉寒。

        马  力图  张  楠文

        职工书屋开进车间（纵横）

        本报讯(记者马力)近日,市总工会在车间里建起职工书屋。
        """);
    assertEquals(List.of("图片报道", "职工书屋开进车间（纵横）"), articles.stream().map(Article::title).toList());
    Article drawing = articles.get(0);
    String text = String.join("", drawing.captions())
        + drawing.paragraphs().stream().map(Paragraph::text).reduce("", String::concat);
    assertEquals("驿站添新景，骑手笑开颜。一碗热汤暖，冬夜不觉寒。", text);
  }

  @Test
  void paragraph_sharing_names_with_a_later_article_but_not_referring_back_stays() {
    List<Article> articles = split("""
        青松湖开发区总工会召开职代会

        本报讯(记者钱江)青松湖开发区总工会昨日召开职代会。

        会议审议通过了《青松湖开发区职工技能提升计划》。

        青松湖开发区职工技能大赛开幕

        本报讯(记者孙海)为落实《青松湖开发区职工技能提升计划》,技能大赛昨日开幕。
        """);
    assertEquals(2, articles.get(0).paragraphs().size());
    assertEquals(1, articles.get(1).paragraphs().size());
  }

  @Test
  void text_under_a_subhead_after_a_credit_goes_on_with_the_article() {
    List<Article> articles = split("""
        驿站里的冬天（讲述）

        热水

        每天清晨,骑手老马都会来驿站歇脚。驿站里有热水、有药箱,还有充电宝。

        老马说,有了驿站,冬天再也不怕冷了。

        制图：马力

        热汤

        驿站的热汤,是工会干部每天早上五点起来熬的。老马说,驿站的热汤比家里的还香。

        一碗热汤下肚,老马又出发了。
        """);
    assertEquals(1, articles.size(), () -> articles.stream().map(Article::title).toList().toString());
    assertEquals("一碗热汤下肚,老马又出发了。", texts(articles.get(0)).get(texts(articles.get(0)).size() - 1));
  }

  @Test
  void a_sidebar_in_brackets_stays_in_its_article_unless_a_note_closed_it() {
    String story = """
        驿站暖了骑手心（走基层）

        每天清晨,骑手老马都会来驿站歇脚。驿站里有热水、有药箱,还有充电宝。

        老马说,有了驿站,冬天再也不怕冷了。
        """;
    String sidebar = """

        热汤背后的坚守（记者手记）

        驿站的热汤,是工会干部每天早上五点起来熬的。一熬就是三年。
        """;
    List<Article> kept = split(story + sidebar);
    assertEquals(1, kept.size(), () -> kept.stream().map(Article::title).toList().toString());
    assertTrue(kept.get(0).paragraphs().stream().anyMatch(p -> p.subhead() && p.text().equals("热汤背后的坚守（记者手记）")));

    List<Article> closed = split(story + "\n（本报青松湖电）\n" + sidebar);
    assertEquals(List.of("驿站暖了骑手心（走基层）", "热汤背后的坚守（记者手记）"), closed.stream().map(Article::title).toList());
  }

  @Test
  void a_box_text_printed_again_as_the_first_paragraph_is_kept_once_in_the_box() {
    List<Article> articles = split("""
        职工夜校开进园区

        核心阅读

        某市总工会把职工夜校办到园区门口，课程按职工需求设置。

        某市总工会把职工夜校办到园区门口，课程按职工需求设置。

        去年以来，夜校已开设焊接、电工等十二门课程，两千多名职工结业。
        """);
    assertEquals(1, articles.size());
    assertEquals("某市总工会把职工夜校办到园区门口，课程按职工需求设置。", articles.get(0).readingTip());
    assertEquals(List.of("去年以来，夜校已开设焊接、电工等十二门课程，两千多名职工结业。"), texts(articles.get(0)));
  }

  @Test
  void a_box_text_as_short_as_a_headline_line_is_still_the_box() {
    List<Article> articles = split("""
        职工夜校开进园区

        核心阅读

        夜校开到家门口

        去年以来，夜校已开设焊接、电工等十二门课程，两千多名职工结业。
        """);
    assertEquals(List.of("职工夜校开进园区"), articles.stream().map(Article::title).toList());
    assertEquals("夜校开到家门口", articles.get(0).readingTip());
  }

  @Test
  void a_drawing_credit_ends_its_piece_and_the_next_headline_starts_an_article_whatever_the_model_says() {
    String text = """
        图说新语

        驿站热汤暖人心，

        骑手歇脚不再冷。

        工会服务到一线，

        寒冬也有春意浓。

        曹  一图  于  石文

        来论·驿站

        “常开”服务让骑手舒心

        河北保定 马小力

        在“暖心”成为热词的今天，户外劳动者驿站也有了新变化。

        今年冬天，某市总工会推出“驿站常开”服务。骑手只要扫码登记，就能在任何一家驿站歇脚、喝水、充电。
        """;
    Page page = new Page("fixture.txt", Paper.UNKNOWN, null, false, "fixture", text);
    List<Article> articles = new ArticleSplitter((lineStart, features) -> false).split(page);
    assertEquals(2, articles.size(), () -> articles.stream().map(Article::title).toList().toString());
    assertEquals(List.of("于石"), articles.get(0).byline().authors());
  }

  @Test
  void voices_signed_with_country_in_brackets_are_sections_of_one_article_with_their_notes_in_place() {
    List<Article> articles = split("""
        各国工会人士谈职工服务

        驿站是温暖的港湾

        （意大利）方澜意

        我在中国的城市里看到了许多户外劳动者驿站，骑手可以在这里歇脚。

        （作者为意大利某工会顾问）

        技能培训让工人更自信

        （日本）山田太郎

        工人夜校的课程很实用，职工学到了新技能，收入也提高了。

        （作者为日本某大学教授）
        """);
    assertEquals(1, articles.size(), () -> articles.stream().map(Article::title).toList().toString());
    Article article = articles.get(0);
    assertEquals("各国工会人士谈职工服务", article.title());
    assertEquals(List.of("驿站是温暖的港湾", "（意大利）方澜意", "我在中国的城市里看到了许多户外劳动者驿站，骑手可以在这里歇脚。",
        "（作者为意大利某工会顾问）", "技能培训让工人更自信", "（日本）山田太郎", "工人夜校的课程很实用，职工学到了新技能，收入也提高了。",
        "（作者为日本某大学教授）"), texts(article));
    assertEquals(List.of("方澜意", "山田太郎"), article.byline().authors());
  }

  @Test
  void headline_lines_under_a_headline_and_its_box_are_the_first_subheads() {
    List<Article> articles = split("""
        驿站、食堂、夜校一起发力——

        职工冬天不再难（走基层）

        核心阅读

        寒潮来临，某市总工会把服务送到一线。

        滨江 驿站管理员老马

        热水热饭 随到随有

        早上六点，驿站的灯就亮了。
        """);
    assertEquals(1, articles.size());
    Article article = articles.get(0);
    assertEquals("驿站、食堂、夜校一起发力——", article.kicker());
    assertEquals("职工冬天不再难（走基层）", article.title());
    assertEquals(List.of("滨江 驿站管理员老马", "热水热饭 随到随有"),
        article.paragraphs().stream().filter(Paragraph::subhead).map(Paragraph::text).toList());
  }

  @Test
  void voices_signed_by_name_and_closed_by_notes_under_one_headline_are_sections_but_lone_commentaries_are_not() {
    String voices = """
        职工技能提升，我们在路上（大家谈）

        夜校要办到车间里

        马小力

        职工白天上班，晚上学习，夜校办到车间门口，大家才愿意来。

        （作者为某市总工会干部）

        培训要跟上新技术

        王大伟

        新设备一台接一台，培训课程也要跟着换，不能老一套。

        （作者为某厂高级技师）
        """;
    List<Article> compiled = split(voices);
    assertEquals(1, compiled.size(), () -> compiled.stream().map(Article::title).toList().toString());
    assertEquals(List.of("马小力", "王大伟"), compiled.get(0).byline().authors());

    List<Article> commentaries = split(voices.substring(voices.indexOf("夜校要办到车间里")));
    assertEquals(List.of("夜校要办到车间里", "培训要跟上新技术"), commentaries.stream().map(Article::title).toList());
  }

  @Test
  void a_subhead_cut_by_a_box_is_one_subhead_again_even_with_another_subhead_under_it() {
    List<Article> articles = split(
        CUT_SUBHEAD_PAGE.replace("她克服了对滑雪的恐惧\n", "她克服了对滑雪的恐惧\n\n从怕摔到爱上滑雪\n"));
    assertEquals(1, articles.size());
    assertEquals(List.of("学生的鼓励让她克服了对滑雪的恐惧", "从怕摔到爱上滑雪"),
        articles.get(0).paragraphs().stream().filter(Paragraph::subhead).map(Paragraph::text).toList());
  }

  @Test
  void a_cut_first_half_that_looks_like_a_name_is_joined_with_its_rest() {
    List<Article> articles = split("""
        农民画走出田间

        本报讯(记者马力)农民画村逐渐成形,竖起了农民画之乡的牌子。

        田北村

        的农民画,成了全县文化产业的一个支点。
        """);
    assertEquals(1, articles.size());
    assertEquals("田北村的农民画,成了全县文化产业的一个支点。", texts(articles.get(0)).get(1));
    assertEquals(List.of(), articles.get(0).byline().authors());
  }

  @Test
  void a_cut_first_half_that_looks_like_a_name_is_joined_across_a_box_when_the_page_knows_the_word() {
    List<Article> articles = split("""
        忧乐关天下

        范仲淹是北宋名臣。范仲淹的名句流传至今。后人读范仲淹,常读其忧乐。

        范仲

        阅读提示

        本文介绍北宋名臣的学问与风范。

        淹自身在学术上有过人成就,门下弟子众多。
        """);
    assertEquals(1, articles.size(), () -> articles.stream().map(Article::title).toList().toString());
    assertEquals("范仲淹自身在学术上有过人成就,门下弟子众多。", texts(articles.get(0)).get(1));
    assertEquals("本文介绍北宋名臣的学问与风范。", articles.get(0).readingTip());
  }

  @Test
  void a_caption_that_says_so_after_the_credits_of_a_photo_is_another_photo_of_the_same_item() {
    List<Article> articles = split("""
        技能比武展风采

        图为参赛职工在焊接比赛中。

        本报记者 马力摄

        图为参赛职工在电工比赛中。

        王大伟摄

        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(List.of("技能比武展风采", "职工夜校开进工业园区"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("图为参赛职工在焊接比赛中。", "图为参赛职工在电工比赛中。"), articles.get(0).captions());
    assertEquals(List.of("马力", "王大伟"), articles.get(0).byline().photographers());
  }

  @Test
  void a_photo_report_credit_under_several_paragraphs_closes_the_report_they_are() {
    List<Article> articles = split("""
        驿站暖冬（影像记录）

        寒潮来临，滨江区总工会的户外劳动者驿站迎来了最忙的时候。

        早上六点，驿站的灯就亮了，热水、热饭随到随有。

        中午，外卖骑手们在驿站歇脚，给手机充电，喝一碗热汤。

        晚上九点，最后一批环卫工人离开驿站，管理员才关上门。

        王大伟摄影报道（影像记录）

        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(List.of("驿站暖冬（影像记录）", "职工夜校开进工业园区"), articles.stream().map(Article::title).toList());
    assertEquals(4, articles.get(0).paragraphs().size() + articles.get(0).captions().size());
  }

  @Test
  void a_reading_tip_box_printed_inside_a_cut_photo_credit_stays_with_the_photo() {
    List<Article> articles = split("""
        驿站暖冬

        寒潮来临，滨江区总工会的户外劳动者驿站迎来了最忙的时候，环卫工人和外卖骑手在驿站里歇脚取暖。

        王大伟摄（影像记

        阅读提示

        户外劳动者驿站已覆盖全区各街道。

        录）

        职工夜校开进工业园区

        本报讯(记者马力)近日,某市总工会在工业园区开办职工夜校。
        """);
    assertEquals(List.of("驿站暖冬", "职工夜校开进工业园区"), articles.stream().map(Article::title).toList());
    assertEquals("户外劳动者驿站已覆盖全区各街道。", articles.get(0).readingTip());
    assertEquals(List.of("王大伟"), articles.get(0).byline().photographers());
    assertNull(articles.get(1).readingTip());
  }

  @Test
  void numbered_captions_under_their_label_after_the_layout_credit_stay_with_the_article() {
    List<Article> articles = split("""
        长假七天——

        他们坚守在一线

        本报记者 张楠

        国庆假期，全市基层工会干部坚守一线，为职工群众服务。

        工会驿站放弃休假，连续值守七天，确保各项服务不打烊。

        版式设计：蔡华伟

        图片说明：

        图①：驿站工作人员为环卫工人送上热饭。

        吴志坚摄

        图②：工会干部在车间慰问值班职工。

        林登周摄
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("图片说明：", "图①：驿站工作人员为环卫工人送上热饭。", "图②：工会干部在车间慰问值班职工。"), articles.get(0).captions());
    assertEquals(List.of("吴志坚", "林登周"), articles.get(0).byline().photographers());
  }

  @Test
  void a_closing_note_after_the_author_note_stays_with_the_article() {
    List<Article> articles = split("""
        夜校要办到车间里

        职工白天上班，晚上学习，夜校办到车间门口，大家才愿意来。

        （作者为某市总工会干部）

        （本报记者马力采访整理）

        职工书屋开到工地上

        本报讯(记者马力)近日,一家建筑企业在工地开设职工书屋。
        """);
    assertEquals(List.of("夜校要办到车间里", "职工书屋开到工地上"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("职工白天上班，晚上学习，夜校办到车间门口，大家才愿意来。", "（作者为某市总工会干部）", "（本报记者马力采访整理）"),
        texts(articles.get(0)));
  }

  @Test
  void subhead_opening_an_article_without_a_headline_is_its_title() {
    List<Article> articles = split("""
        图片报道

        十月十六日，市总工会在职工文化宫举办书画展，二百余幅职工作品参展。

        新华社发

        制图：王 婷

        户外劳动者驿站提质增效

        市总工会近日发布报告称，全市新建驿站一百二十处，年服务职工十万人次。

        报告称，驿站将延长开放时间。
        """);
    Article last = articles.get(articles.size() - 1);
    assertEquals("户外劳动者驿站提质增效", last.title());
    assertFalse(last.paragraphs().get(0).subhead());
  }

  /** A whole article, for the tests of what opens the next one under it. */
  private static final String READING_ROOMS = """
      职工书屋热起来

      全市职工书屋去年接待读者三十万人次，借阅图书十二万册。

      书屋还举办读书会一百二十场，职工踊跃参加。

      """;

  @Test
  void title_over_a_dash_subtitle_after_an_article_opens_the_next_one() {
    List<Article> articles = split(READING_ROOMS + """
        驿站暖人心

        ——全市户外劳动者服务驿站建设纪实

        走进城东的一处驿站，饮水机、微波炉、充电插座一应俱全。

        驿站由工会和企业共建，今年将再建二十处。
        """);
    assertEquals(2, articles.size());
    assertEquals("驿站暖人心", articles.get(1).title());
    assertEquals("——全市户外劳动者服务驿站建设纪实", articles.get(1).subtitle());
  }

  @Test
  void title_over_a_long_dash_subtitle_of_reactions_opens_the_next_one() {
    List<Article> articles = split(READING_ROOMS + """
        奋进新征程

        ——中国工会第十八次全国代表大会报告在全省各地各行业广大职工群众中引起热烈反响

        连日来，全省职工认真学习大会报告，表示要在岗位上建功立业。

        省总工会组织宣讲团深入企业，宣讲大会精神。
        """);
    assertEquals(2, articles.size());
    assertEquals("奋进新征程", articles.get(1).title());
    assertEquals("——中国工会第十八次全国代表大会报告在全省各地各行业广大职工群众中引起热烈反响", articles.get(1).subtitle());
  }

  @Test
  void page_furniture_credit_under_a_photo_credit_stays_with_the_photo() {
    List<Article> articles = split("""
        闹新春

        日前，市总工会在职工文化宫举办闹新春活动，职工们舞龙舞狮、猜灯谜。

        张三  李四摄影报道

        本版制图：王五

        驿站暖人心

        本报讯（记者赵六）全市新建户外劳动者服务驿站二十处。
        """);
    assertEquals(2, articles.size());
    assertEquals(List.of("张三 李四摄影报道", "本版制图：王五"), articles.get(0).byline().lines());
  }

  @Test
  void the_papers_promotion_closes_the_article_above_and_is_no_kicker() {
    List<Article> articles = split("""
        驿站暖人心

        本报讯（记者赵六）全市新建户外劳动者服务驿站二十处。

        驿站由工会和企业共建，今年将再建二十处。

        看工会视频　　品劳动人生

        职工书屋热起来（工会时评）

        书屋不能只挂牌子，还要让职工愿意来。
        """);
    assertEquals(2, articles.size());
    assertEquals("看工会视频 品劳动人生", articles.get(0).paragraphs().get(articles.get(0).paragraphs().size() - 1).text());
    assertNull(articles.get(1).kicker());
    assertEquals("职工书屋热起来（工会时评）", articles.get(1).title());
  }

  @Test
  void a_number_cut_at_its_decimal_point_is_rejoined() {
    List<Article> articles = split("""
        驿站暖人心

        本报讯（记者赵六）全市新建户外劳动者服务驿站二十处，职工满意度为85.

        7分，比去年提高3分。
        """);
    assertEquals(List.of("本报讯（记者赵六）全市新建户外劳动者服务驿站二十处，职工满意度为85.7分，比去年提高3分。"), texts(articles.get(0)));
  }

  @Test
  void a_photo_caption_cut_by_a_column_break_around_a_box_is_one_photo_item() {
    List<Article> articles = split("""
        驿站暖人心

        本报讯（记者赵六）全市新建户外劳动者服务驿站二十处。

        冬日送暖

        1月10日，

        阅读提示

        本文介绍冬日送暖的有关情况。

        市总工会干部在城东驿站为快递员送上热饮和手套。

        张三摄
        """);
    assertEquals(2, articles.size());
    Article photo = articles.get(1);
    assertEquals(ArticleKind.PHOTO, photo.kind());
    assertEquals("冬日送暖", photo.title());
    assertEquals(List.of("1月10日，市总工会干部在城东驿站为快递员送上热饮和手套。"), photo.captions());
  }

  @Test
  void a_box_inside_the_closing_note_of_an_article_ended_by_a_note_stays_with_that_article() {
    List<Article> articles = split("""
        劳模工作室里的“金点子”

        本报讯（记者马力）近日，市总工会命名了十家劳模创新工作室，每家获得五万元经费支持。

        （作者为市总工会宣教部干部）

        （本报记者马力采访整

        阅读提示

        本文介绍劳模创新工作室的有关情况。

        理）

        技能比武擂台开赛

        本报讯（记者张楠）全市职工技能比武今天开赛，三百名选手参加。
        """);
    assertEquals(2, articles.size());
    assertEquals("本文介绍劳模创新工作室的有关情况。", articles.get(0).readingTip());
    assertNull(articles.get(1).readingTip());
  }

  @Test
  void a_banner_headline_with_only_its_layout_credit_is_an_item_of_its_own() {
    List<Article> articles = split("""
        职工风采 奋战在一线（来自生产一线的报道）

        版式设计：张丹峰

        守好安全生产第一关（快评）

        安全生产是企业的生命线。市总工会组织职工安全监督员深入车间，查找隐患一百多处，督促企业逐条整改。

        每一名职工都是安全的守门人，每一处隐患都不能放过。
        """);
    assertEquals(2, articles.size());
    Article banner = articles.get(0);
    assertEquals("职工风采 奋战在一线（来自生产一线的报道）", banner.title());
    assertEquals(List.of("版式设计：张丹峰"), banner.byline().lines());
    assertTrue(banner.paragraphs().isEmpty());
    assertEquals("守好安全生产第一关（快评）", articles.get(1).title());
    assertEquals(2, articles.get(1).paragraphs().size());
  }

  @Test
  void a_box_after_the_last_article_closed_is_that_articles_at_the_end_of_the_page() {
    List<Article> articles = split("""
        驿站暖人心

        本报讯（记者赵六）全市新建户外劳动者服务驿站二十处，为快递员、环卫工提供歇脚的地方。

        张三摄

        阅读提示

        本文介绍户外劳动者服务驿站的有关情况。
        """);
    assertEquals(1, articles.size());
    assertEquals("本文介绍户外劳动者服务驿站的有关情况。", articles.get(0).readingTip());
  }

  @Test
  void the_credit_of_a_caption_printed_twice_is_kept_when_the_second_copy_goes() {
    List<Article> articles = split("""
        驿站暖人心

        本报讯（记者赵六）全市新建户外劳动者服务驿站二十处，为快递员、环卫工提供歇脚的地方。

        （本报记者赵六、李四）

        冬日里，职工在城东驿站歇脚，喝上热茶，给手机充电。

        冬日里，职工在城东驿站歇脚，喝上热茶，给手机充电。

        本报记者  张  三摄
        """);
    assertTrue(articles.stream().anyMatch(article -> article.byline().lines().contains("本报记者 张 三摄")),
        articles.toString());
    assertEquals(1, articles.stream().mapToLong(article -> article.searchableText().split("冬日里", -1).length - 1).sum());
  }

  @Test
  void a_photo_credit_under_a_headline_goes_with_it_to_the_text_below() {
    List<Article> articles = split("""
        新春走基层·节日里的坚守

        巡检气田 守护安全（见图）

        本报记者 张  三摄影报道

        新春佳节，采气工人们坚守在集气站，每隔一小时巡检一次设备，保障城乡居民温暖过节。
        """);
    assertEquals(1, articles.size());
    assertEquals(List.of("张三"), articles.get(0).byline().photographers());
  }

  @Test
  void a_note_above_the_pages_first_headline_is_kept_as_its_own_item_not_given_to_that_article() {
    List<Article> articles = split("""
        （作者为某大学工会研究所教授）

        职工夜校开进工业园区

        本报讯（记者马力）近日，市总工会在工业园区开办职工夜校，首批三百名职工报名。
        """);
    assertEquals(2, articles.size());
    assertEquals(List.of("（作者为某大学工会研究所教授）"), texts(articles.get(0)));
    assertTrue(articles.get(0).source().warnings().stream().anyMatch(w -> w.contains("another page")));
    assertEquals("职工夜校开进工业园区", articles.get(1).title());
    assertTrue(articles.get(1).byline().authors().isEmpty());
  }

  @Test
  void a_label_in_square_brackets_is_a_subhead_and_an_archive_photo_credit_closes_its_caption() {
    List<Article> articles = split("""
        种粮大户拓宽经营门路

        本报讯（记者马力）种粮大户李玉成今年流转土地五百亩，还办起了有机肥厂，带动三十多户村民就业。

        “好在县里很支持，真希望肥料厂能早点转起来呢！”李玉成言语里充满干劲。

        【记者观察】

        近年来，当地把培育新型农业经营主体作为重点，种粮大户越来越多。

        丰收在望

        5月20日，某县高标准农田里，小麦长势良好。

        资料图片
        """);
    assertEquals(2, articles.size(), articles.toString());
    assertTrue(articles.get(0).paragraphs().contains(new Paragraph("【记者观察】", true)), texts(articles.get(0)).toString());
    assertEquals(List.of("资料图片"), articles.get(1).byline().lines());
  }

  @Test
  void a_documents_title_over_its_adoption_note_opens_an_article() {
    List<Article> articles = split("""
        某省总工会公告

        第一号

        《某省职工服务驿站管理办法》已由某省总工会第十五届委员会第三次全体会议于2026年3月12日通过，现予公布。

        某省总工会

        2026年3月12日

        某省总工会第十五届委员会第三次全体会议关于常务委员会工作报告的决议

        （2026年3月12日某省总工会第十五届委员会第三次全体会议通过）

        某省总工会第十五届委员会第三次全体会议听取和审议了常务委员会所作的工作报告。会议充分肯定常务委员会过去一年的工作。

        会议号召，全省各级工会组织和广大职工更加紧密地团结起来，为完成全年目标任务而奋斗。

        某省总工会第十五届委员会第三次全体会议关于经费审查委员会工作报告的决议

        （2026年3月12日某省总工会第十五届委员会第三次全体会议通过）

        某省总工会第十五届委员会第三次全体会议听取和审议了经费审查委员会所作的工作报告。会议同意这个报告。
        """);
    assertEquals(List.of("某省总工会公告", "某省总工会第十五届委员会第三次全体会议关于常务委员会工作报告的决议",
        "某省总工会第十五届委员会第三次全体会议关于经费审查委员会工作报告的决议"), articles.stream().map(Article::title).toList());
    assertEquals("（2026年3月12日某省总工会第十五届委员会第三次全体会议通过）", articles.get(1).subtitle());
  }

  @Test
  void a_document_printed_in_the_article_that_names_it_is_its_text() {
    List<Article> articles = split("""
        某省总工会印发《职工服务驿站管理办法》

        本报南京3月5日电（记者马力）近日，某省总工会印发《职工服务驿站管理办法》，并发出通知，要求各级工会结合实际认真贯彻执行。

        通知指出，职工服务驿站是工会服务户外劳动者的重要阵地。近年来，各级工会建成了一批驿站，为环卫工人、快递员、外卖送餐员等提供了歇脚、饮水、热饭、充电等服务。

        通知要求，各级工会要把驿站建设纳入年度重点工作，加强日常管理，推动驿站服务提质增效。

        《办法》全文如下。

        职工服务驿站管理办法

        （2026年2月28日某省总工会党组会议审议批准 2026年3月5日某省总工会发布）

        第一章 总 则

        第一条 为规范职工服务驿站建设和管理，更好服务户外劳动者，制定本办法。

        第二条 本办法所称职工服务驿站，是指由工会建设或者参与建设，为户外劳动者提供服务的场所。
        """);
    assertEquals(1, articles.size());
    assertTrue(articles.get(0).paragraphs().contains(new Paragraph("职工服务驿站管理办法", true)), texts(articles.get(0)).toString());
  }

  /** A commentary, then a report of sections from three cities under a dash subtitle naming its kind. */
  private static final String CANTEENS = """
        职工食堂也是民生工程（工会观察）

        一日三餐，是职工最关心的小事，也是检验工会服务成效的大事。各级工会把职工食堂办好，职工的获得感就实实在在。

        办好食堂不靠一时热情，靠的是长效机制。食材采购、价格监督、意见反馈，每个环节都要有人管、有章循。

        饭菜香 价格实 服务暖

        ——北京、上海、广州三地职工食堂探访

        编者的话：职工食堂办得怎么样，职工最有发言权。近日，本报记者走进三地的职工食堂，听一听职工怎么说。

        北京：菜品天天换

        本报记者 马力

        中午11点半，某区环卫所的职工食堂里已经坐满了人。四菜一汤，荤素搭配，职工每餐只需支付6元。

        上海：夜班有热饭

        本报记者 张楠

        凌晨1点，某物流园区的食堂依然亮着灯。工会和企业商量，专门为夜班职工开设了夜宵窗口。
        """;

  @Test
  void a_dash_subtitle_naming_the_kind_of_report_heads_a_new_article_however_many_its_pauses() {
    List<Article> articles = split(CANTEENS);
    assertEquals(List.of("职工食堂也是民生工程（工会观察）", "饭菜香 价格实 服务暖"), articles.stream().map(Article::title).toList());
    assertEquals("——北京、上海、广州三地职工食堂探访", articles.get(1).subtitle());
    assertTrue(articles.get(1).paragraphs().contains(new Paragraph("上海：夜班有热饭", true)), texts(articles.get(1)).toString());
  }

  @Test
  void a_staff_line_after_a_box_under_a_sections_staff_line_signs_that_section() {
    List<Article> articles = split(CANTEENS.replace("本报记者 马力\n", """
        本报记者 马力

        阅读提示

        三地职工食堂各有特色，职工对饭菜的满意度普遍较高。

        本报通讯员 赵明
        """));
    assertEquals(2, articles.size());
    List<String> texts = texts(articles.get(1));
    int staff = texts.indexOf("本报通讯员 赵明");
    assertTrue(staff > 0 && texts.get(staff + 1).startsWith("中午11点半"), texts.toString());
    assertTrue(articles.get(1).byline().correspondents().contains("赵明"), articles.get(1).byline().toString());
  }

  @Test
  void a_byline_printed_inside_an_article_stays_a_line_of_its_own() {
    List<Article> articles = split("""
        构筑起疫情防控的职工防线（一线职工群英谱）

        各级工会组织广大职工投身疫情防控，涌现出一批先进典型。

        “早点到一线，救治更多人！”

        本报记者 张楠

        腊月二十九，某市人民医院呼吸科护士长李华主动请缨，第一批进驻隔离病区。

        “我是党员，又是护士长，我不上谁上？”李华说。
        """);
    assertEquals(1, articles.size());
    List<String> texts = texts(articles.get(0));
    int staff = texts.indexOf("本报记者 张楠");
    assertTrue(staff > 0 && texts.get(staff + 1).startsWith("腊月二十九"), texts.toString());
  }

  @Test
  void the_headline_under_a_banner_with_only_its_layout_credit_opens_the_next_article() {
    List<Article> articles = split("""
        职工书屋里的春天（来自基层工会一线的报道）

        版式设计：张丹峰

        书香润心田

        一间书屋，几排书架，让一线职工在工余时间有了读书的去处。各级工会把书屋建到车间班组，是实实在在的服务。

        办好书屋，贵在常用常新。图书要按职工需求更新，活动要和技能提升结合，书屋才能留住人。
        """);
    assertEquals(List.of("职工书屋里的春天（来自基层工会一线的报道）", "书香润心田"), articles.stream().map(Article::title).toList());
    assertEquals(List.of("版式设计：张丹峰"), articles.get(0).byline().lines());
    assertEquals(2, articles.get(1).paragraphs().size());
  }

  @Test
  void a_heading_right_under_a_feature_s_layout_credit_opens_the_next_article_whatever_the_model_says() {
    String page = """
        稳岗留工 暖心护航（走基层）

        春节过后，各地企业陆续复工。市总工会联系运输公司，开通返岗专车，把职工从家门口接到厂门口。

        “往年春节后总要缺人，今年工会帮了大忙。”公司负责人说。

        图①：职工在生产线上忙碌。

        本报记者 马力摄

        版式设计：张丹峰

        一位工会干部的日记

        2月10日，晴。今天陪企业跑了三个部门，办好了复工手续，厂长握着我的手连说谢谢。
        """;
    // a model that reads every run it is asked about as a subhead: the layout credit decides without it
    List<Article> articles = splitWeighingAs(false, page);
    assertEquals(List.of("稳岗留工 暖心护航（走基层）", "一位工会干部的日记"), articles.stream().map(Article::title).toList());
    assertTrue(articles.get(0).byline().lines().contains("版式设计：张丹峰"), articles.get(0).byline().lines().toString());
  }

  @Test
  void labelled_lines_of_notice_end_the_article_above_as_lines_of_their_own_not_the_next_ones_kicker() {
    List<Article> articles = split("""
        职工书屋开进园区

        本报讯（记者马力）近日，某市总工会在工业园区开办职工书屋，首批配书三千册。

        书屋每周开放五天，职工凭工牌即可借阅。

        开放时间：周一至周五9：00—21：00

        地址：某市工业园区职工之家二楼

        技能大赛决赛开幕

        本报讯（记者张楠）某省第十届职工职业技能大赛决赛日前开幕。
        """);
    assertEquals(2, articles.size());
    assertEquals(List.of("本报讯（记者马力）近日，某市总工会在工业园区开办职工书屋，首批配书三千册。", "书屋每周开放五天，职工凭工牌即可借阅。",
        "开放时间：周一至周五9：00—21：00", "地址：某市工业园区职工之家二楼"), texts(articles.get(0)));
    assertNull(articles.get(1).kicker());
    assertEquals("技能大赛决赛开幕", articles.get(1).title());
  }

  @Test
  void who_told_a_story_over_who_wrote_it_down_ends_that_story_and_opens_no_article() {
    List<Article> articles = split("""
        一线职工的春节（职工心声）

        本报北京2月2日电（记者马力）这个春节，不少一线职工坚守岗位。本版刊发几位职工的讲述。

        关键词：坚守

        守着机器过大年

        除夕夜，车间里依然灯火通明。我和班组的兄弟们守在生产线上。

        某钢铁公司热轧厂操作工李明讲述

        本报记者 张楠整理

        关键词：温暖

        工会送来热饺子

        大年初一，工会主席带着热饺子来到了工地。

        某建筑公司钢筋工王强讲述

        本报记者 马力整理
        """);
    assertEquals(1, articles.size());
    Article article = articles.get(0);
    assertEquals(List.of("马力", "张楠"), article.byline().reporters());
    assertTrue(article.paragraphs().contains(new Paragraph("某钢铁公司热轧厂操作工李明讲述", true)), texts(article).toString());
    assertFalse(article.truncated());
  }

  @Test
  void a_line_of_notice_under_the_authors_note_follows_it_as_printed() {
    List<Article> articles = split("""
        让职工书屋常开常新

        职工书屋建起来容易，用起来难。关键在于按职工需求更新图书，把读书活动和技能提升结合起来。

        （作者为某市总工会干部）

        下期话题：职工书屋怎样办得更好

        技能大赛决赛开幕

        本报讯（记者张楠）某省第十届职工职业技能大赛决赛日前开幕。
        """);
    assertEquals(2, articles.size());
    List<String> texts = texts(articles.get(0));
    assertEquals(List.of("（作者为某市总工会干部）", "下期话题：职工书屋怎样办得更好"), texts.subList(texts.size() - 2, texts.size()));
  }

  @Test
  void a_headline_over_a_label_only_an_articles_text_opens_with_opens_an_article() {
    List<Article> articles = split("""
        让技能人才队伍更壮大（理论视野）

        怎样让更多一线职工走上技能成才之路？怎样让技能人才的价值得到充分体现？本版刊发几位专家的文章，对此进行探讨。

        以劳动竞赛激发创新活力

        内容提要

        劳动竞赛是工会组织职工建功立业的传统载体。新时代的劳动竞赛要对接产业发展需求，引导职工在技术攻关中成长成才。

        劳动竞赛要聚焦企业生产经营的难点，把竞赛成果转化为生产力。

        健全技能人才评价体系

        内容提要

        技能人才评价要突出实际操作能力，打破唯学历、唯资历的倾向，让技能水平高的职工得到应有的认可。

        评价结果要与薪酬待遇挂钩，让技能人才有奔头。
        """);
    assertEquals(List.of("让技能人才队伍更壮大（理论视野）", "以劳动竞赛激发创新活力", "健全技能人才评价体系"),
        articles.stream().map(Article::title).toList());
    assertEquals("内容提要", texts(articles.get(2)).get(0));
  }

  @Test
  void a_photo_report_is_an_item_of_its_own_and_a_readers_handle_signs_the_comment_above() {
    List<Article> articles = split("""
        为坚守岗位的环卫工点赞（网友热议）

        春节期间，不少环卫工人坚守岗位，网友纷纷留言点赞。

        一家三口都在环卫一线，真是把汗水洒在了为民服务上，向他们致敬。

        ——@心无旁骛

        图片报道

        2月16日，某市环卫工人在清扫街道。连日来，当地工会为一线环卫工人送去口罩和慰问品。
        """);
    assertEquals(List.of("为坚守岗位的环卫工点赞（网友热议）", "图片报道"), articles.stream().map(Article::title).toList());
    assertFalse(articles.get(0).truncated());
  }

  @Test
  void a_label_with_the_texts_first_words_under_a_title_is_text_not_its_subtitle() {
    List<Article> articles = split("""
        产业工人队伍建设改革的新进展

        内容提要：产业工人

        阅读提示

        本文介绍产业工人队伍建设改革的新进展。

        队伍建设改革实施以来，各地工会在思想引领、技能提升、权益保障等方面取得新进展。

        改革实施以来，产业工人的技能水平和收入水平稳步提高。
        """);
    assertEquals(1, articles.size());
    assertNull(articles.get(0).subtitle());
    assertEquals("内容提要：产业工人队伍建设改革实施以来，各地工会在思想引领、技能提升、权益保障等方面取得新进展。",
        texts(articles.get(0)).get(0));
  }

  @Test
  void a_line_leading_with_a_dash_into_the_text_under_a_title_is_its_first_paragraph() {
    List<Article> articles = split("""
        述职评议会上晒问题

        一月下旬，某市总工会召开基层工会述职评议会，一部暗访短片拉开了会议的序幕——

        有的职工书屋常年锁门，有的职工之家成了库房。

        短片播完，几位基层工会主席坐不住了。
        """);
    assertEquals(1, articles.size());
    assertNull(articles.get(0).subtitle());
    assertEquals(List.of("一月下旬，某市总工会召开基层工会述职评议会，一部暗访短片拉开了会议的序幕——", "有的职工书屋常年锁门，有的职工之家成了库房。",
        "短片播完，几位基层工会主席坐不住了。"), texts(articles.get(0)));
  }

  @Test
  void a_line_leading_into_the_text_printed_twice_is_kept_once() {
    List<Article> articles = split("""
        职工书屋里的新变化

        本报讯（记者马力）近日，记者走访了某市多家企业的职工书屋。

        面对职工越来越多样的阅读需求，各家书屋各出新招——

        面对职工越来越多样的阅读需求，各家书屋各出新招——

        有的书屋开通了线上借阅，有的书屋办起了读书分享会。
        """);
    assertEquals(1, articles.size());
    assertEquals(1, texts(articles.get(0)).stream().filter(text -> text.startsWith("面对职工越来越多样的阅读需求")).count(),
        texts(articles.get(0)).toString());
  }

  @Test
  void a_letter_s_closing_line_signed_with_a_name_and_a_writer_s_note_ends_the_letter() {
    List<Article> articles = split("""
        写给远方的家书

        本报记者 张楠整理

        亲爱的妈妈：

        今年春节我又不能回家了。车间的新生产线正在调试，作为班组长，我得和工友们一起守在岗位上。生产线是厂里今年的重点项目，调试的每一个环节都要反复核对，容不得半点马虎。

        工会给我们送来了饺子和春联，大家在车间里一起过了个热闹的年。年三十晚上，工会主席也来了，和我们一起包饺子、看晚会，车间里笑声不断。您不用惦记我，等生产线投产了，我一定回家看您。

        家里的暖气修好了吗？天冷了，您出门要多穿点衣服。弟弟说他今年考试成绩不错，您替我夸夸他。

        敬礼！

        马  力

        （作者为某机械厂装配车间班组长）

        守护万家灯火

        春节期间，供电所的职工们坚守岗位，保障居民用电。工会送来慰问品，为值守职工加油鼓劲。

        大年初一清晨，抢修班又出发了。
        """);
    assertEquals(List.of("写给远方的家书", "守护万家灯火"), articles.stream().map(Article::title).toList());
    List<String> letter = texts(articles.get(0));
    assertEquals(List.of("敬礼！", "马 力", "（作者为某机械厂装配车间班组长）"), letter.subList(letter.size() - 3, letter.size()));
  }

  @Test
  void a_quotation_signed_with_a_dash_and_a_name_stays_in_its_article() {
    List<Article> articles = split("""
        劳模工匠进车间

        本报讯（记者张楠）近日，市总工会组织劳模工匠走进车间，与一线职工面对面交流技艺。

        “技术没有捷径，只有一遍遍练”

        ——马力

        老劳模马力说，他年轻时每天下班后都要在车间多练两个小时。如今，他带出的徒弟已有三十多人。
        """);
    assertEquals(List.of("劳模工匠进车间"), articles.stream().map(Article::title).toList());
    assertTrue(texts(articles.get(0)).contains("——马力"), texts(articles.get(0)).toString());
  }

  @Test
  void a_reading_list_under_its_bare_label_after_a_closing_note_stays_with_the_article() {
    List<Article> articles = split("""
        让职工读好书

        职工书屋是职工的精神家园。各级工会要把书屋建好用好，让更多职工爱上读书。

        （作者为某市总工会宣教部部长）

        推荐读物：

        1.《大国工匠》：马力、张楠编著，某出版社2019年出版。

        2.《劳动创造幸福》：李华编著，某出版社2020年出版。

        技能比武决赛开幕

        本报讯（记者马力）全市职工职业技能大赛决赛日前开幕。
        """);
    assertEquals(List.of("让职工读好书", "技能比武决赛开幕"), articles.stream().map(Article::title).toList());
    List<String> texts = texts(articles.get(0));
    assertEquals(List.of("（作者为某市总工会宣教部部长）", "推荐读物：", "1.《大国工匠》：马力、张楠编著，某出版社2019年出版。",
        "2.《劳动创造幸福》：李华编著，某出版社2020年出版。"), texts.subList(texts.size() - 4, texts.size()));
  }

  @Test
  void a_box_label_marked_with_a_square_stays_in_its_article_whatever_the_model_says() {
    String page = """
        职工书屋开进园区

        本报讯（记者马力）某市总工会在工业园区开办职工书屋，首批配书三千册。

        （本报记者 马力）

        ■链接

        全市已建成职工书屋一百二十家，覆盖职工十万余人。
        """;
    // a model that reads every run it is asked about as a new article's headline: the label decides without it
    List<Article> articles = splitWeighingAs(true, page);
    assertEquals(List.of("职工书屋开进园区"), articles.stream().map(Article::title).toList());
    assertTrue(texts(articles.get(0)).contains("■链接"), texts(articles.get(0)).toString());
  }
}
