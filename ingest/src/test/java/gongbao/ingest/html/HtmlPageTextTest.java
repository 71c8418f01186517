package gongbao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageFormatException;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import gongbao.ingest.page.Paper;
import gongbao.ingest.page.UnsupportedEncodingInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HtmlPageTextTest {

  private static final Path NEWS_HTML = Path.of("../../shared/data/news-html");

  private static String fixture(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/html", name), StandardCharsets.UTF_8);
  }

  /** A news page headed 夜校开学 whose text box holds {@code textBox}. */
  private static HtmlPageText.HtmlArticle nightSchoolPage(String textBox) {
    return HtmlPageText.extract("<html><head><title>夜校开学</title></head><body><h1>夜校开学</h1><div class=\"text\">"
        + textBox + "</div></body></html>");
  }

  /** The page's one article as the ingest makes it: its text split with what its markup states. */
  private static Article onlyArticle(HtmlPageText.HtmlArticle page) {
    List<Article> articles = new ArticleSplitter()
        .split(new Page("page.html", Paper.UNKNOWN, page.date(), false, "page", page.text(), page.markup()));
    assertEquals(1, articles.size(), page.text());
    return articles.get(0);
  }

  @Test
  void founder_page_yields_headline_group_byline_and_body_without_furniture() throws IOException {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract(fixture("founder.html"));
    assertEquals(LocalDate.of(2024, 3, 22), page.date());
    assertFalse(page.text().contains("脚本"));
    assertFalse(page.text().contains("评论"));
    assertFalse(page.text().contains("版面导航"));
    Article article = onlyArticle(page);
    assertEquals("聚焦产业工人队伍建设改革——", article.kicker());
    assertEquals("园区里办起职工夜校", article.title());
    assertEquals("课程按职工需求设置", article.subtitle());
    assertEquals(List.of("石磊"), article.byline().reporters());
    assertEquals(2, article.paragraphs().size());
  }

  @Test
  void ozoom_page_yields_kicker_title_subtitle_and_authors() throws IOException {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract(fixture("ozoom.html"));
    assertFalse(page.text().contains("广告"));
    assertFalse(page.text().contains("下一版"));
    Article article = onlyArticle(page);
    assertEquals("让职工有更多获得感", article.kicker());
    assertEquals("工会驿站开到家门口", article.title());
    assertEquals("全市已建成驿站120个", article.subtitle());
    assertEquals(List.of("田野"), article.byline().reporters());
    assertEquals(List.of("林泉"), article.byline().correspondents());
    assertEquals("本报讯 记者从市总工会获悉,全市已建成工会驿站120个。", article.paragraphs().get(0).text());
  }

  @Test
  void news_page_yields_title_and_body_paragraphs_only() throws IOException {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract(fixture("news.html"));
    assertEquals(LocalDate.of(2024, 5, 6), page.date());
    Article article = onlyArticle(page);
    assertEquals("劳模工匠进校园 首场宣讲在职业学校举行", article.title());
    assertEquals(3, article.paragraphs().size());
    assertFalse(page.text().contains("评论"));
    assertFalse(page.text().contains("相关新闻"));
    assertFalse(page.text().contains("分享到"));
  }

  @Test
  void news_page_with_a_bare_text_body_is_one_article_without_the_sites_lines() throws IOException {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract(fixture("news-br-body.html"));
    assertEquals(LocalDate.of(2024, 6, 12), page.date(), "the info line's date, not the top bar's");
    Article article = onlyArticle(page);
    assertEquals("夜校开进工业园 职工下班就能上课", article.title());
    List<String> paragraphs = article.paragraphs().stream().map(p -> p.text()).toList();
    assertEquals("6月11日晚，江城工业园的职工夜校开学，首批120名职工走进课堂。", paragraphs.get(0));
    assertEquals("工会先向职工发放问卷，再按报名人数排定课时，职工下班后步行五分钟就能到教室。",
        paragraphs.get(paragraphs.size() - 1));
    assertEquals(4, paragraphs.size(), "a line between breaks is a paragraph: " + paragraphs);
    for (String sitesLine : List.of("您所在的位置", "2024-06-12", "扫码", "朋友圈", "责任编辑", "隐藏", "网友评论", "工友甲")) {
      assertFalse(page.text().contains(sitesLine), sitesLine);
    }
    assertEquals(List.of("周立新", "胡晓雯"), article.byline().reporters());
    assertEquals(List.of("李在田"), article.byline().authors());
    assertEquals(List.of("作者：李在田", "晨江新闻记者 周立新 胡晓雯", "（资料来源：江城晚报、江城工会网）"),
        article.byline().lines());
  }

  @Test
  void page_laid_out_in_a_form_and_tables_gives_its_title_cell_and_text_cell() throws IOException {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract(fixture("news-form-table.html"));
    assertEquals(LocalDate.of(2023, 10, 20), page.date());
    Article article = onlyArticle(page);
    assertEquals("学院工会举办职工趣味运动会", article.title());
    assertEquals(3, article.paragraphs().size());
    assertFalse(page.text().contains("版权所有"));
  }

  @Test
  void the_text_box_inside_a_wrapper_with_other_stories_is_the_body() throws IOException {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract(fixture("news-wrapper.html"));
    assertEquals(LocalDate.of(2024, 7, 2), page.date());
    Article article = onlyArticle(page);
    assertEquals("午间快讯：市总工会发放夏季防暑物资", article.title());
    assertEquals(1, article.paragraphs().size(), page.text());
    assertTrue(article.paragraphs().get(0).text().startsWith("江城财经网讯，市总工会今日"));
    assertFalse(page.text().contains("体检"), "another story's summary");
  }

  @Test
  void a_long_first_paragraph_does_not_leave_the_others_out() {
    String first = "为推动职工技能提升，引导职工学技术、练本领，提高岗位能力，9月20日，由市总工会主办，区总工会、园区工会承办，"
        + "多家企业协办的职工技能月活动在园区广场启动，来自全市各行业的职工代表、劳模工匠和志愿者参加了启动仪式，现场气氛热烈。";
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>职工技能月启动</title></head><body>"
        + "<h1>职工技能月启动</h1><div class=\"content\"><p>" + first + "</p><p>活动现场，劳模工匠为职工演示操作技巧。</p>"
        + "<p>活动将持续一个月。</p></div></body></html>");
    assertEquals(3, onlyArticle(page).paragraphs().size(), page.text());
  }

  @Test
  void a_date_the_page_labels_as_its_publications_counts_wherever_it_stands() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><body><div class=\"top\">2026年11月24日 星期二</div>"
        + "<h1>职工书屋开放</h1><div class=\"text\"><p>书屋今日开放，职工可以在午休时借书阅读。</p></div>"
        + "<div class=\"side\">发布日期：2023-03-06 浏览次数：120</div></body></html>");
    assertEquals(LocalDate.of(2023, 3, 6), page.date());
  }

  @Test
  void a_news_page_marking_its_kicker_and_subtitle_gives_the_whole_headline_group() throws IOException {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract(fixture("news-headline-group.html"));
    assertEquals(LocalDate.of(2024, 7, 15), page.date());
    Article article = onlyArticle(page);
    assertEquals("暑期职工子女有人管——", article.kicker());
    assertEquals("园区工会办起“共享托管班”", article.title());
    assertEquals("首批接收职工子女80名", article.subtitle());
    assertEquals(List.of("何小川"), article.byline().reporters());
    assertEquals("本报讯", article.dateline());
    assertEquals(2, article.paragraphs().size());
  }

  @Test
  void a_sites_dateline_opening_the_lead_under_a_photo_is_its_dateline_and_its_brackets_name_the_reporter() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>职工运动会开幕</title></head><body>"
        + "<h1>职工运动会开幕</h1><div class=\"text\"><p><img src=\"a.jpg\"></p><p>运动员入场。园区工会供图</p>"
        + "<p>江城网-新江城客户端讯（记者 李文）10月9日，园区职工运动会开幕。</p>"
        + "<p>运动会将持续三天。</p></div></body></html>");
    Article article = onlyArticle(page);
    assertEquals("江城网-新江城客户端讯", article.dateline());
    assertEquals(List.of("李文"), article.byline().reporters());
  }

  @Test
  void reporters_a_writers_label_credits_are_not_authors_too_for_a_generic_author_line() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>职工运动会开幕</title></head><body>"
        + "<h1>职工运动会开幕</h1><div class=\"text\"><p>10月9日，园区职工运动会开幕。</p><p>运动会将持续三天。</p>"
        + "<p>采写：江城记者 李文 张小</p><p>作者：李文 张小</p></div></body></html>");
    Article article = onlyArticle(page);
    assertEquals(List.of("李文", "张小"), article.byline().reporters());
    assertEquals(List.of(), article.byline().authors());
  }

  @Test
  void tags_linked_after_the_author_in_the_info_line_are_not_names() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>安全论坛在江城举办</title></head><body>"
        + "<h1>安全论坛在江城举办</h1><div class=\"info\">2014-08-24 21:30 | 作者 魏小星 <a href=\"/t/1\">知道</a> "
        + "<a href=\"/t/2\">余弦</a></div><div class=\"text\"><p>8月22日，第三届安全论坛在江城举办，参会人数超过七百人。</p>"
        + "</div></body></html>");
    assertEquals(List.of("魏小星"), onlyArticle(page).byline().authors());
  }

  @Test
  void the_sites_name_in_a_heading_is_not_the_headline() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>夜校开学 - 江城职工新闻网</title></head><body>"
        + "<div class=\"logo\"><h2>江城职工新闻网</h2></div><h1>夜校开学</h1><div class=\"text\">"
        + "<p>6月11日晚，江城工业园的职工夜校开学，首批120名职工走进课堂。</p></div></body></html>");
    assertEquals("夜校开学", page.markup().title());
  }

  @Test
  void a_variant_of_the_headline_above_the_text_is_left_out_but_a_caption_is_kept() {
    String text = "<p>6月11日晚，江城工业园的职工夜校开学，首批120名职工走进课堂。</p></div></body></html>";
    HtmlPageText.HtmlArticle variant = HtmlPageText.extract("<html><head><title>园区夜校开学了</title></head><body>"
        + "<h1>园区夜校开学了</h1><div class=\"text\"><p>原创 园区夜校开学啦</p>" + text);
    assertTrue(variant.text().startsWith("6月11日晚"), variant.text());
    HtmlPageText.HtmlArticle caption = HtmlPageText.extract("<html><head><title>园区夜校开学了</title></head><body>"
        + "<h1>园区夜校开学了</h1><div class=\"text\"><p>园区夜校开学了。（周立摄）</p>" + text);
    assertTrue(caption.text().startsWith("园区夜校开学了。（周立摄）"), caption.text());
  }

  @Test
  void a_title_without_a_matching_heading_loses_the_sites_name() {
    assertEquals("劳模工匠进校园", NewsHeadline.withoutSiteName("劳模工匠进校园_江城网"));
    assertEquals("劳模工匠进校园", NewsHeadline.withoutSiteName("劳模工匠进校园 - 新闻中心 - 江城网"));
    assertEquals("1-10月全县投资结构趋稳", NewsHeadline.withoutSiteName("1-10月全县投资结构趋稳"));
    assertEquals("新冠疫苗COVID-19研究进展", NewsHeadline.withoutSiteName("新冠疫苗COVID-19研究进展"));
  }

  @Test
  void a_title_cut_at_a_double_underscore_loses_a_bulletins_number_too() {
    assertEquals("江城市总工会关于表彰劳动模范的决定",
        NewsHeadline.withoutSiteName("江城市总工会关于表彰劳动模范的决定__2024年第3号工会公报_江城政府网"));
    assertEquals("2024年职工运动会_2024", NewsHeadline.withoutSiteName("2024年职工运动会_2024"), "one underscore: kept");
  }

  @Test
  void players_promotions_and_the_sites_closing_lines_are_left_out() {
    HtmlPageText.HtmlArticle page = nightSchoolPage("<div class=\"video-player\">"
        + "<label><input type=\"checkbox\">自动播放</label><span>夜校开学视频</span></div><p>相关新闻：</p>"
        + "<p>6月11日晚，江城工业园的职工夜校开学，首批120名职工走进课堂，学习数控、焊接和电工课程，课程按需设置。</p>"
        + "<p>夜校由园区工会和职业学院合办，每周开课三晚，学员结业后可参加技能等级认定，费用由工会承担。</p>"
        + "<p>编辑|周小满</p><p>1、回复【夜校】查看课程表</p><p>点击菜单栏【职工服务】解锁更多服务！</p>"
        + "<p>本文为江城职工网原创，未经允许不得转载。</p><p>信息来源于网络</p>");
    assertTrue(page.text().startsWith("6月11日晚"), page.text());
    assertTrue(page.text().strip().endsWith("费用由工会承担。"), page.text());
  }

  @Test
  void a_sites_promotion_over_the_text_is_not_its_start() {
    HtmlPageText.HtmlArticle page = nightSchoolPage("<div class=\"quotation\"><p>新品第一时间免费试用，快来江城众测，体验最新的产品吧！"
        + "下载<a href=\"/app\">客户端</a>还能获得专享福利哦！</p></div>"
        + "<p>江城网讯 6月11日晚，江城工业园的职工夜校开学，首批120名职工走进课堂，学习数控、焊接和电工课程。</p>"
        + "<p>夜校由园区工会和职业学院合办，每周开课三晚，学员可下载“江城工会”客户端报名，费用由工会承担。</p>");
    Article article = onlyArticle(page);
    assertEquals("江城网讯", article.dateline());
    assertTrue(article.paragraphs().get(0).text().startsWith("江城网讯 6月11日晚"), page.text());
    assertTrue(page.text().contains("学员可下载“江城工会”客户端报名"), "a download named in the text stays");
  }

  @Test
  void the_text_ends_with_the_line_the_sites_link_back_closes() {
    HtmlPageText.HtmlArticle page = nightSchoolPage(
        "<p>6月11日晚，江城工业园的职工夜校开学，首批120名职工走进课堂，学习数控、焊接和电工课程。</p>"
        + "<p>夜校由园区工会和职业学院合办，每周开课三晚，学员结业后可参加技能等级认定，费用由工会承担。</p>"
        + "<p>园区工会表示，下一期将增设电商和直播课程，欢迎职工报名。</p><p>作者：周立 韩秋<a href=\"/\">返回江城网，查看更多</a></p>"
        + "<blockquote><p>另一则新闻的标题</p><p>另一则新闻的摘要，与本文无关，是网站在文末附上的。</p></blockquote>");
    assertFalse(page.text().contains("另一则新闻"), page.text());
    assertEquals(List.of("周立", "韩秋"), onlyArticle(page).byline().authors());
  }

  @Test
  void a_gallerys_slide_counter_is_not_the_texts() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>职工书屋开进工地</title></head><body>"
        + "<h1>职工书屋开进工地</h1><div class=\"abstract\"><span class=\"index\"><em>1</em>/8 </span>"
        + "江城地铁三号线工地上，一间由集装箱改成的职工书屋近日开放，两千册图书供建设者免费借阅，书屋每晚开到十点。</div>"
        + "<div class=\"abstract\">书屋由市总工会和施工单位共建，还配了空调和充电插座，下班后的工人可以在这里看书、休息。</div>"
        + "</body></html>");
    assertTrue(page.text().startsWith("江城地铁三号线工地上"), page.text());
    assertTrue(page.text().contains("下班后的工人"), page.text());
  }

  @Test
  void a_date_line_and_the_speakers_line_above_a_statement_are_not_its_text() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head><title>职工运动会新闻发布会</title></head><body>"
        + "<h1>职工运动会新闻发布会</h1><div class=\"text\"><p>2024年6月24日</p><p>江城市总工会新闻发言人 武平</p>"
        + "<p>女士们、先生们：</p><p>第五届职工运动会将于9月开幕，设田径、拔河、跳绳等十二个项目，全市职工均可报名。</p>"
        + "</div></body></html>");
    assertTrue(page.text().startsWith("女士们、先生们："), page.text());
    assertEquals(List.of("武平"), onlyArticle(page).byline().authors());
  }

  @Test
  void a_headline_printed_again_over_several_lines_above_the_text_is_left_out() {
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<html><head>"
        + "<title>江城市总工会关于表彰劳动模范的决定__2024年第3号工会公报_江城政府网</title></head><body>"
        + "<div class=\"text\"><p><b>江城市总工会<br>关于表彰劳动模范的决定</b></p>"
        + "<p>各区总工会：为表彰先进，经研究决定，授予周立等十名同志江城市劳动模范称号，希望受表彰者珍惜荣誉。</p>"
        + "</div></body></html>");
    assertEquals("江城市总工会关于表彰劳动模范的决定", page.markup().title());
    assertTrue(page.text().startsWith("各区总工会："), page.text());
  }

  @Test
  void linked_data_and_a_wechat_articles_timestamp_give_the_date() {
    HtmlPageText.HtmlArticle linked = HtmlPageText.extract("<html><head><title>夜校开学</title>"
        + "<script type=\"application/ld+json\">{\"title\": \"夜校开学\", \"pubDate\": \"2019-09-11T02:46:57\"}</script>"
        + "</head><body><h1>夜校开学</h1><div class=\"text\"><p>夜校开学了，2009年建成的园区迎来首批学员。</p></div>"
        + "</body></html>");
    assertEquals(LocalDate.of(2019, 9, 11), linked.date());
    HtmlPageText.HtmlArticle wechat = HtmlPageText.extract("<html><head><title>夜校开学</title></head><body>"
        + "<h1 class=\"rich_media_title\">夜校开学</h1><div id=\"js_content\"><p>昨天，园区的职工夜校开学了，"
        + "首批120名职工走进课堂，学习数控、焊接和电工课程。</p></div>"
        + "<script>var ct = \"1581517074\";</script></body></html>");
    assertEquals(LocalDate.of(2020, 2, 12), wechat.date(), "22:17 in China on 12 February, 14:17 UTC");
  }

  @Test
  void when_the_pages_title_names_only_its_section_the_heading_above_the_text_is_the_headline() {
    String text = "<div class=\"info\">发布时间：2024-05-18 来源：江城市总工会</div><div class=\"content\">"
        + "<p>5月16日，江城市第五届职工运动会开幕，来自全市各行业的两千余名职工参加了开幕式，比赛持续一周。</p></div>";
    HtmlPageText.HtmlArticle section = HtmlPageText.extract("<html><head><title>工会动态--江城市总工会</title></head>"
        + "<body><div class=\"crumbs\"><h3>首页 - 工会动态</h3></div><div class=\"side\"><h4><a href=\"/1\">"
        + "职工书屋开放时间调整</a></h4></div><h5>江城市第五届职工运动会开幕</h5>" + text + "</body></html>");
    assertEquals("江城市第五届职工运动会开幕", section.markup().title());
    assertEquals(LocalDate.of(2024, 5, 18), section.date());
    HtmlPageText.HtmlArticle labelled = HtmlPageText.extract("<html><head><title>职工运动会开幕</title></head>"
        + "<body><h2 class=\"title\"><span>原创</span>职工运动会开幕</h2>" + text + "</body></html>");
    assertEquals("职工运动会开幕", labelled.markup().title(), "a heading holding the title adds only its label");
  }

  @Test
  void a_key_points_list_is_the_reading_tip_and_the_credit_under_it_is_the_byline() {
    HtmlPageText.HtmlArticle page = nightSchoolPage("<p>划重点：</p><ol><li>首批120名职工走进课堂。</li>"
        + "<li>课程按职工需求设置</li><li>费用由工会承担。</li></ol><p>《江城职工》作者 周立</p>"
        + "<p>6月11日晚，江城工业园的职工夜校开学，首批120名职工走进课堂，学习数控、焊接和电工课程。</p>"
        + "<ul><li>数控班：每周一、三晚上</li><li>焊接班：每周二、四晚上</li></ul>");
    Article article = onlyArticle(page);
    assertEquals("首批120名职工走进课堂。课程按职工需求设置 费用由工会承担。", article.readingTip());
    assertEquals(List.of("周立"), article.byline().authors());
    assertTrue(article.paragraphs().get(0).text().startsWith("6月11日晚"), article.paragraphs().toString());
    assertEquals("焊接班：每周二、四晚上", article.paragraphs().get(article.paragraphs().size() - 1).text(),
        "a list that no label opens keeps its items apart");
  }

  @Test
  void markup_in_text_reaches_the_page_only_as_text() {
    HtmlPageText.HtmlArticle page =
        HtmlPageText.extract("<h1>标题</h1><div><p>正文里有 &lt;script&gt;alert(1)&lt;/script&gt; 字样。</p></div>");
    assertTrue(page.text().contains("<script>alert(1)</script>"), "escaped markup is text");
    assertFalse(page.text().contains("<p>"));
  }

  @Test
  void broken_html_is_read_as_far_as_it_goes() {
    HtmlPageText.HtmlArticle page =
        HtmlPageText.extract("<html><body><h1>职工书屋开放<div><p>书屋今日开放,职工可以借书。<p>每周开放五天<table><tr><td>");
    assertTrue(page.markup().title().startsWith("职工书屋开放"), "the unclosed heading holds the rest of the page");
    assertTrue(page.text().contains("书屋今日开放,职工可以借书。"));
  }

  @Test
  void deeply_nested_html_is_read_without_stack_overflow() {
    int depth = 100_000;
    String html = "<div>".repeat(depth) + "<p>深处的一段正文文字。</p>" + "</div>".repeat(depth);
    HtmlPageText.HtmlArticle page = HtmlPageText.extract("<h1>嵌套很深的页面</h1>" + html);
    assertTrue(page.text().contains("深处的一段正文文字。"));
  }

  @Test
  void every_saved_news_page_yields_a_title_and_body_without_script_text() throws IOException {
    assumeTrue(Files.isDirectory(NEWS_HTML), "shared news-html data not present");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(NEWS_HTML)) {
      files = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".htm")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    PageReader reader = new PageReader(new PaperCatalog());
    for (Path file : files) {
      Page page;
      try {
        page = reader.read(file);
      } catch (PageFormatException | UnsupportedEncodingInputException e) {
        throw new AssertionError(file + ": " + e.getMessage(), e);
      }
      List<Article> articles = new ArticleSplitter().split(page);
      assertEquals(1, articles.size(), file + " is one article page");
      Article first = articles.get(0);
      assertFalse(first.title().isBlank(), file + " has no title");
      assertFalse(articles.stream().allMatch(a -> a.paragraphs().isEmpty() && a.captions().isEmpty()), file + " has no body");
      for (String scriptWord : List.of("function(", "var ", "document.write", "window.")) {
        assertFalse(page.text().contains(scriptWord), file + " leaks script text: " + scriptWord);
      }
    }
  }
}
