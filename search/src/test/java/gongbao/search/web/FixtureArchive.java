package gongbao.search.web;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.Source;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import gongbao.ingest.page.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small archive written by hand, with the region, union and topic metadata the bundled corpus
 * does not have yet, so that facet trees and tags are exercised; and one article whose every text
 * field carries markup and scripts, which the pages must show as text.
 */
final class FixtureArchive {

  static final String RIDER_STATION_ID = "grrb:2023-05-10:01:1";
  /** The same story in another paper, its date inferred from the text and its end on another page. */
  static final String RIDER_STATION_REPRINT_ID = "zjgrb:2023-05-11:02:1";
  static final String HOSTILE_ID = "grrb:2024-04-01:08:1";
  /** Found only in the hostile article. */
  static final String HOSTILE_WORD = "加粗";
  static final String HOSTILE_TITLE = "<script>window.pwned=1;document.title='pwned'</script>劳模<b>加粗</b>";

  /** A page of text, as an upload brings it, with markup in its headline and body. */
  static final String HOSTILE_PAGE = String.join("\n",
      "<b>引题</b>",
      "",
      "<script>window.pwned=8;document.title='pwned'</script>恶意稿件<b>标题</b>",
      "",
      "本报讯(记者<i>王五</i>)恶意稿件<script>window.pwned=9</script>今天刊出,<img src=x onerror=\"window.pwned=10\">职工可以来看。",
      "",
      "第二段<a href=\"javascript:window.pwned=11\">点我</a><iframe src=\"/about\"></iframe>。",
      "");
  /** A word found only in the hostile page. */
  static final String HOSTILE_PAGE_WORD = "恶意稿件";

  private static final TopicScore NEW_FORMS = topic("new-forms", "新就业形态", "骑手");
  private static final TopicScore SERVICE_POSTS = topic("service-posts", "服务阵地", "驿站");
  private static final TopicScore MODEL_WORKERS = topic("model-workers", "劳模工匠", "劳模");
  private static final TopicScore SKILLS = topic("skills", "技能提升", "技能");

  private FixtureArchive() {}

  static void write(Path indexDir) throws IOException {
    try (ArticleIndexWriter writer = new ArticleIndexWriter(indexDir)) {
      write(writer);
    }
  }

  /** Writes the papers and articles, and commits. */
  static void write(ArticleIndexWriter writer) throws IOException {
    writer.registerPaper(new Paper("grrb", "工人日报", null, "中华全国总工会"));
    writer.registerPaper(new Paper("zjgrb", "浙江工人日报", "330000", "浙江省总工会"));
    for (Article article : articles()) {
      writer.replacePage(IndexSchema.pageKey(article.id()), List.of(article));
    }
    writer.commit();
  }

  static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    String riderTitle = "慈溪：骑手驿站开到家门口";
    List<Paragraph> riderBody = List.of(
        Paragraph.body("本报讯 慈溪市总工会在城区新建十二个骑手驿站，外卖骑手可以在驿站歇脚、充电、喝水。"),
        new Paragraph("驿站怎么建", true),
        Paragraph.body("驿站建在商圈和小区门口，由工会与企业共建，骑手凭工会会员卡免费使用。"));
    articles.add(new Article(RIDER_STATION_ID, "grrb", LocalDate.of(2023, 5, 10), false, "01", "要闻", "新就业形态",
        ArticleKind.NEWS, "关注新就业形态劳动者", riderTitle, "十二个驿站覆盖全城商圈",
        new Byline(List.of("张文"), List.of("李明"), List.of(), List.of()), "本报讯", riderBody,
        List.of("骑手在驿站休息。（资料图片）"), "驿站是工会服务新就业形态劳动者的阵地。", false,
        List.of(region("330282", "浙江省/宁波市/慈溪市")), List.of(union("慈溪市总工会", "county", "330282")),
        List.of(NEW_FORMS, SERVICE_POSTS), List.of("王师傅"), List.of(), null, "story-rider-station",
        new Source("fixture", 0, 0, List.of())));
    articles.add(new Article(RIDER_STATION_REPRINT_ID, "zjgrb", LocalDate.of(2023, 5, 11), true, "02", null, null,
        ArticleKind.NEWS, null, riderTitle, null, new Byline(List.of("张文"), List.of(), List.of(), List.of()), "本报讯",
        List.of(Paragraph.body("慈溪市总工会在城区新建十二个骑手驿站，外卖骑手可以在驿站歇脚、充电、喝水。")), List.of(), null,
        true, List.of(region("330282", "浙江省/宁波市/慈溪市")), List.of(union("慈溪市总工会", "county", "330282")),
        List.of(NEW_FORMS, SERVICE_POSTS), List.of(), List.of(), null, "story-rider-station",
        new Source("fixture", 0, 0, List.of())));
    articles.add(news("zjgrb:2024-02-01:03:1", "zjgrb", "2024-02-01", "江山市总工会为外卖骑手送清凉", "周强",
        "330881", "浙江省/衢州市/江山市", "江山市总工会", List.of(NEW_FORMS),
        "江山市总工会走进骑手驿站，为外卖骑手送去清凉饮品。"));
    articles.add(news("grrb:2022-08-08:04:1", "grrb", "2022-08-08", "阜宁县劳模工匠进车间", "陈红",
        "320923", "江苏省/盐城市/阜宁县", "阜宁县总工会", List.of(MODEL_WORKERS),
        "阜宁县总工会组织劳模工匠走进车间，职工驿站同步开放。"));
    articles.add(news("grrb:2024-03-22:05:1", "grrb", "2024-03-22", "西藏自治区总工会开展劳模宣讲", "扎西",
        "540000", "西藏自治区", "西藏自治区总工会", List.of(MODEL_WORKERS),
        "宣讲团走进企业和职工驿站，讲述劳模故事。"));
    articles.add(news("zjgrb:2022-01-05:06:1", "zjgrb", "2022-01-05", "宁波市总工会发布技能提升计划", "吴静",
        "330200", "浙江省/宁波市", "宁波市总工会", List.of(SKILLS),
        "宁波市总工会发布职工技能提升计划，职工驿站开设夜校。"));
    for (int i = 0; i < 14; i++) {
      int year = 2019 + i % 6;
      String paper = i % 2 == 0 ? "grrb" : "zjgrb";
      String date = LocalDate.of(year, 1 + i % 12, 1 + i).toString();
      articles.add(news(paper + ":" + date + ":1" + i + ":1", paper, date, "职工驿站服务周记第" + (i + 1) + "期", "郑洁",
          "330200", "浙江省/宁波市", "宁波市总工会", List.of(SERVICE_POSTS),
          "第" + (i + 1) + "期：职工驿站为户外劳动者提供热水和休息处。"));
    }
    articles.add(hostile());
    return articles;
  }

  /** Markup and scripts in every text field: none of it may run or render as markup. */
  private static Article hostile() {
    return new Article(HOSTILE_ID, "grrb", LocalDate.of(2024, 4, 1), false, "08", "<i>版名</i>", "<u>栏目</u>",
        ArticleKind.NEWS, "<img src=x onerror=\"window.pwned=2\">引题", HOSTILE_TITLE, "<style>body{display:none}</style>副题",
        new Byline(List.of("<i>记者</i>"), List.of(), List.of(), List.of()), "本报讯",
        List.of(Paragraph.body("正文<script>window.pwned=3</script>劳模<b>加粗</b>"),
            Paragraph.body("<a href=\"javascript:window.pwned=4\">点我</a><iframe src=\"/about\"></iframe>")),
        List.of("<svg onload=\"window.pwned=5\"></svg>图注"), "\"><script>window.pwned=6</script>", false,
        List.of(region("110000", "北京市")), List.of(union("<b>工会</b>", "enterprise", null)),
        List.of(topic("<x>", "<em>主题</em>", "劳模")), List.of("<script>window.pwned=7</script>"), List.of(), null, null,
        new Source("fixture", 0, 0, List.of()));
  }

  private static Article news(String id, String paper, String date, String title, String reporter, String regionCode,
      String regionPath, String unionName, List<TopicScore> topics, String... body) {
    String page = id.split(":")[2];
    return new Article(id, paper, LocalDate.parse(date), false, page, null, null, ArticleKind.NEWS, null, title, null,
        new Byline(List.of(reporter), List.of(), List.of(), List.of()), "本报讯",
        java.util.Arrays.stream(body).map(Paragraph::body).toList(), List.of(), null, false,
        List.of(region(regionCode, regionPath)), List.of(union(unionName, "county", regionCode)), topics, List.of(),
        List.of(), null, null, new Source("fixture", 0, 0, List.of()));
  }

  private static RegionMention region(String code, String path) {
    return new RegionMention(code, path, RegionMention.Role.ABOUT);
  }

  private static UnionMention union(String name, String level, String regionCode) {
    return new UnionMention(name, level, regionCode);
  }

  private static TopicScore topic(String id, String label, String evidence) {
    return new TopicScore(id, label, 1.0, List.of(evidence));
  }
}
