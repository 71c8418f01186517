package gongbao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.Paper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An HTML article keeps the structure its markup shows: its blocks are paragraphs, its captions and subheads too. */
class HtmlArticleStructureTest {

  private static final String LONG_TEXT = "江城市总工会今年在全市推开职工夜校，首批开设数控、焊接、电工和电商四个班，"
      + "职工下班后步行几分钟就能走进课堂，学费由工会承担，结业后还可以参加技能等级认定。";
  private static final String MORE_TEXT = "夜校的老师都来自本市的职业院校和企业技术骨干，每个班配两名老师，"
      + "一名讲理论，一名带实操，课后还在职工群里答疑，学员遇到的难题当天就能解决。";

  private static final String LAST_TEXT = "首批学员上个月结业，一百二十多名职工拿到了技能等级证书，其中不少人已经在厂里"
      + "换到了技术岗位，工资也随之上调，下一期夜校报名人数比第一期多了一倍。";

  /** The one article of a news page whose text box holds {@code body}. */
  private static Article article(String body) {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>职工夜校开学</title></head><body>"
        + "<h1>职工夜校开学</h1><div class=\"content\">" + body + "</div></body></html>");
    List<Article> articles = new ArticleSplitter()
        .split(new Page("page.html", Paper.UNKNOWN, page.date(), false, "page", page.text(), page.markup()));
    assertEquals(1, articles.size(), page.text());
    return articles.get(0);
  }

  /** The paragraphs, a subhead marked {@code ## }. */
  private static List<String> paragraphs(Article article) {
    return article.paragraphs().stream().map(p -> p.subhead() ? "## " + p.text() : p.text()).toList();
  }

  @Test
  void a_bold_subhead_is_not_joined_to_the_paragraph_under_it() {
    Article article = article("<p>" + LONG_TEXT + "</p><p><strong>阿婆接来电称其涉黑、洗钱被吓坏，层层套路被骗走139万元</strong></p>"
        + "<p>9月9日，江城市公安局刑警大队冯警官向记者介绍了案情。</p>");
    assertEquals(List.of(LONG_TEXT, "## 阿婆接来电称其涉黑、洗钱被吓坏，层层套路被骗走139万元", "9月9日，江城市公安局刑警大队冯警官向记者介绍了案情。"),
        paragraphs(article));
  }

  @Test
  void a_quotation_closed_after_a_space_and_its_attribution_stay_paragraphs_of_their_own() {
    String quotation = "“给钱总是要花光的，给物资总是要用完的，唯有把孩子培养好，才能使贫困不会成为世袭。 ”";
    Article article = article("<p>" + LONG_TEXT + "</p><p>" + quotation + "</p><p>——陈立群：《我的教育主张》</p>"
        + "<p>他谢绝了一切奖金补贴，也谢绝了一切宴请饭局。</p>");
    assertEquals(List.of(LONG_TEXT, quotation, "——陈立群：《我的教育主张》", "他谢绝了一切奖金补贴，也谢绝了一切宴请饭局。"),
        paragraphs(article));
  }

  @Test
  void paragraphs_without_final_punctuation_are_not_joined() {
    List<String> given = List.of("《星光纸牌》是一款以空当接龙为核心玩法、融入角色成长和冒险元素的休闲策略游戏，由独立工作室出品",
        "游戏的故事设定在中世纪的一片大陆上，玩家作为一个年轻的牌手踏上冒险的旅程", "游戏在商店售价36元，暂时没有简体中文");
    Article article = article("<p>" + String.join("</p><p>", given) + "</p>");
    assertEquals(given, paragraphs(article));
  }

  @Test
  void a_centred_line_under_a_photo_is_its_caption() {
    Article article = article("<p class=\"f_center\"><img src=\"a.jpg\"></p>"
        + "<p style=\"text-align: center;\">队员们在场边听教练讲解战术</p><p>" + LONG_TEXT + "</p>");
    assertEquals(List.of("队员们在场边听教练讲解战术"), article.captions());
    assertEquals(List.of(LONG_TEXT), paragraphs(article));
  }

  @Test
  void a_figcaption_and_a_caption_box_beside_the_photo_are_captions() {
    Article article = article("<p>" + LONG_TEXT + "</p><figure><img src=\"a.jpg\"><figcaption>职工在夜校上课</figcaption>"
        + "</figure><p>夜校每周开课三晚，首批学员有120人。</p><div class=\"img_wrapper\"><img src=\"b.jpg\">"
        + "<span class=\"img_descr\">2019年10月15日，江城，职工在夜校学习焊接。</span></div><p>结业典礼定在年底举行。</p>");
    assertEquals(List.of("职工在夜校上课", "2019年10月15日，江城，职工在夜校学习焊接。"), article.captions());
    assertEquals(List.of(LONG_TEXT, "夜校每周开课三晚，首批学员有120人。", "结业典礼定在年底举行。"), paragraphs(article));
  }

  @Test
  void a_line_under_a_photo_naming_its_source_is_its_caption_not_the_start_of_the_paragraph_below() {
    Article article = article("<p>" + LONG_TEXT + "</p><p><img src=\"a.jpg\"></p><p>夜校的第一堂课。 夜校供图</p>"
        + "<p>首批学员中，年龄最大的52岁。</p>");
    assertEquals(List.of("夜校的第一堂课。 夜校供图"), article.captions());
    assertEquals(List.of(LONG_TEXT, "首批学员中，年龄最大的52岁。"), paragraphs(article));
  }

  @Test
  void a_resolutions_note_of_its_adoption_under_its_title_is_its_subtitle() {
    String note = "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）";
    Article article = article("<p>" + note + "</p><p>" + LONG_TEXT + "</p>");
    assertEquals(note, article.subtitle());
    assertEquals(List.of(LONG_TEXT), paragraphs(article));
  }

  @Test
  void a_brief_label_under_a_photo_is_its_caption() {
    Article article = article("<p>" + LONG_TEXT + "</p><p><img src=\"a.jpg\"></p><p>夜校的焊接教室。</p><p>" + MORE_TEXT
        + "</p><p><img src=\"b.jpg\"></p><p>结业典礼。</p><p>" + LAST_TEXT + "</p>");
    assertEquals(List.of("夜校的焊接教室。", "结业典礼。"), article.captions());
    assertEquals(List.of(LONG_TEXT, MORE_TEXT, LAST_TEXT), paragraphs(article));
  }

  @Test
  void text_under_a_photo_without_a_captions_look_stays_text() {
    Article article = article("<p>" + LONG_TEXT + "</p><p><img src=\"a.jpg\"></p><p>这也看出职工学习的热情。</p>"
        + "<p><img src=\"b.jpg\"></p><p><strong>证书拿到手</strong></p><p><img src=\"c.jpg\"></p><p>" + MORE_TEXT
        + "</p>");
    assertEquals(List.of(), article.captions());
    assertEquals(List.of(LONG_TEXT, "这也看出职工学习的热情。", "## 证书拿到手", MORE_TEXT), paragraphs(article));
  }

  @Test
  void a_page_of_only_photos_and_their_captions_is_a_photo_item() {
    List<String> captions = List.of("夜校开学第一天，职工走进课堂。", "夜校第二天，职工学习焊接。", "夜校第三天，职工学习电工。");
    Article article = article(captions.stream()
        .map(caption -> "<figure><img src=\"a.jpg\"><figcaption>" + caption + "</figcaption></figure>")
        .reduce("", String::concat));
    assertEquals(ArticleKind.PHOTO, article.kind());
    assertEquals(captions, article.captions());
    assertEquals(List.of(), article.paragraphs());
  }

  @Test
  void a_paragraph_above_a_photo_and_its_credit_stays_text() {
    Article article = article("<p><strong>做好整个国家的密码保障工作</strong></p><p>" + LONG_TEXT + "</p>"
        + "<p><img src=\"a.jpg\"></p><p>图片来源：每经记者 张蕊 摄</p><p>夜校的老师都来自本市的职业院校。</p>");
    assertEquals(List.of(), article.captions());
    assertEquals(List.of("## 做好整个国家的密码保障工作", LONG_TEXT, "夜校的老师都来自本市的职业院校。"),
        paragraphs(article));
    assertEquals(List.of("张蕊"), article.byline().photographers());
  }

  @Test
  void on_a_page_that_shows_its_subheads_a_headline_like_line_it_does_not_show_is_text() {
    Article article = article("<p>" + LONG_TEXT + "</p><p><b>夜校开到家门口</b></p><p>" + MORE_TEXT + "</p>"
        + "<p>学员们的第一份作业</p><p>首批学员交上了第一份作业：一张自己画的零件图。</p>");
    assertEquals(List.of(LONG_TEXT, "## 夜校开到家门口", MORE_TEXT, "学员们的第一份作业", "首批学员交上了第一份作业：一张自己画的零件图。"),
        paragraphs(article));
  }

  @Test
  void a_page_of_short_lines_one_phrase_each_has_no_subheads() {
    Article article = article("搭地铁去坐邮轮<br>去免税城买买买<br>邮轮母港开港时间定了<br><br>" + LONG_TEXT
        + "<br>目前<br>邮轮母港码头工程<br>已进入最后的施工及验收准备阶段<br>" + MORE_TEXT);
    assertEquals(List.of(), article.paragraphs().stream().filter(Paragraph::subhead).toList());
    assertEquals(8, article.paragraphs().size(), paragraphs(article).toString());
  }

  @Test
  void lines_of_code_and_a_lists_items_are_text_not_subheads() {
    Article article = article("<p>" + LONG_TEXT + "</p><pre><code>import json<br>import redis<br>def parse():<br>"
        + "    return</code></pre><p>可以看出以下特点：</p><ol><li>回调函数进入了一个栈</li><li>回调函数在结束缩进时被调用</li></ol>"
        + "<p>" + MORE_TEXT + "</p>");
    assertEquals(List.of(LONG_TEXT, "import json", "import redis", "def parse():", "return", "可以看出以下特点：",
        "回调函数进入了一个栈", "回调函数在结束缩进时被调用", MORE_TEXT), paragraphs(article));
  }

  @Test
  void a_bare_section_number_is_text_and_the_bold_title_under_it_a_subhead() {
    Article article = article("<p>" + LONG_TEXT + "</p><p><strong>1</strong></p><p><strong>夜校开到家门口</strong></p>"
        + "<p>" + MORE_TEXT + "</p>");
    assertEquals(List.of(LONG_TEXT, "1", "## 夜校开到家门口", MORE_TEXT), paragraphs(article));
  }

  @Test
  void stock_quotes_after_companies_names_are_dropped_and_the_text_after_them_kept() {
    Article article = article("<p>" + LONG_TEXT + "</p><p>记者采访了东坡银行<span>(<font>115.395</font>, <font>2.79</font>, "
        + "<font>2.47%</font>)</span>、江城证券（8.20，-0.15，-1.80%）等机构的投资官。</p><p>" + MORE_TEXT + "</p>");
    assertEquals(List.of(LONG_TEXT, "记者采访了东坡银行、江城证券等机构的投资官。", MORE_TEXT), paragraphs(article));
  }

  @Test
  void numbers_counting_the_sections_are_dropped_and_lines_the_encoding_lost_too() {
    Article article = article("<p>" + LONG_TEXT + "</p><p><strong>1</strong></p><p><strong>夜校开到家门口</strong></p>"
        + "<p>\uFFFD\uFFFD\uFFFD</p><p>" + MORE_TEXT + "</p><p>　　02</p><p><strong>证书拿到手</strong></p>"
        + "<p>结业的职工可以参加技能等级认定。</p>");
    assertEquals(List.of(LONG_TEXT, "## 夜校开到家门口", MORE_TEXT, "## 证书拿到手", "结业的职工可以参加技能等级认定。"),
        paragraphs(article));
  }
}
