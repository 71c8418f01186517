package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.search.Searcher;
import io.javalin.testtools.FormBody;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of page, on the hand-made archive, writes its Chinese with full-width punctuation (GB/T 15834). The
 * archive's articles are printed with it, as real pages are, so an ASCII mark found in Chinese is the site's own.
 */
class PageTypographyIT {

  /** A page asked for with GET, the status it answers, and a text that shows it is the kind of page meant. */
  private record Visit(String path, int status, String shows) {}

  /** A text pasted into the draft check, the status of the answer, and a text the answer shows. */
  private record Draft(String text, int status, String shows) {}

  /**
   * The pages, and each message the site writes into them. A stray mark in a query is typed after a space, since the
   * page's title repeats the query as typed.
   */
  private static final List<Visit> VISITS = List.of(
      new Visit("/", 200, "试试这些"),
      new Visit("/?q=" + q("驿站"), 200, "检索到的文章"),
      new Visit("/?q=" + q("骑手驿站"), 200, "推断"),
      new Visit("/?q=" + q("驿站") + "&region=" + q("浙江省") + "&topic=service-posts&from=2019-01-01&page=2", 200,
          "清除全部筛选"),
      new Visit("/?q=" + q("\"驿站骑手\"") + "&region=" + q("浙江省"), 200, "去掉引号"),
      new Visit("/?q=" + q("工会") + "&size=2&page=999", 200, "超出范围"),
      new Visit("/?q=" + q("(驿站"), 400, "括号没有闭合"),
      new Visit("/?q=" + q("驿站 )"), 400, "多了一个右括号"),
      new Visit("/?q=" + q("驿站 OR"), 400, "两边都要有检索词"),
      new Visit("/?q=" + q("-驿站"), 400, "不能只有排除的词"),
      new Visit("/?q=" + q("nosuch:驿站"), 400, "这个字段"),
      new Visit("/?q=" + q("title:-驿站"), 400, "排除要写成"),
      new Visit("/?q=" + q("region:火星"), 400, "没有叫"),
      new Visit("/?q=" + "驿".repeat(1001), 400, "最多 1000 个"),
      new Visit("/?q=" + q("工会") + "&page=1001", 400, "按页码只能翻到"),
      new Visit("/?q=" + q("工会") + "&sort=bogus", 400, "链接里的参数有误"),
      new Visit("/articles/" + FixtureArchive.RIDER_STATION_ID, 200, "引用本文"),
      new Visit("/articles/" + FixtureArchive.RIDER_STATION_REPRINT_ID, 200, "此处未完"),
      new Visit("/trends?q=" + q("驿站") + "&by=region", 200, "按省份"),
      new Visit("/trends?q=" + q("驿站") + "&region=" + q("浙江省") + "&interval=month&measure=share&by=topic", 200,
          "已筛选"),
      new Visit("/trends?q=" + q("(驿站"), 400, "括号没有闭合"),
      new Visit("/trends?q=" + q("驿站") + "&interval=week", 400, "链接里的参数有误"),
      new Visit("/about", 200, "收录情况"),
      new Visit("/check", 200, "稿件查重"),
      new Visit("/articles/none:2024-01-01:01:1", 404, "找不到这个页面"),
      new Visit("/no-such-page", 404, "找不到这个页面"),
      new Visit("/%FF", 400, "出错了"));

  private static final List<Draft> DRAFTS = List.of(
      new Draft("本报讯：慈溪市总工会在城区新建十二个骑手驿站。外卖骑手可以在驿站歇脚、充电、喝水！", 200, "最长一段相同文字"),
      new Draft("江山市总工会近日走访全市骑手驿站，听取外卖骑手对驿站服务的意见和建议。", 200, "下面是内容相近的报道"),
      new Draft("骑手驿站", 400, "请粘贴至少"),
      new Draft("驿站".repeat(10_001), 400, "稿件太长"));

  @TempDir static Path indexDir;
  static Searcher searcher;

  @BeforeAll
  static void writeArchive() throws Exception {
    FixtureArchive.write(indexDir);
    searcher = Searcher.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void chinese_on_every_kind_of_page_is_written_with_full_width_punctuation() {
    JavalinTest.test(new GongbaoApp(searcher).javalin(), (server, client) -> {
      List<String> found = new ArrayList<>();
      for (Visit visit : VISITS) {
        String page = "GET " + shortened(URLDecoder.decode(visit.path(), StandardCharsets.UTF_8));
        check(page, client.get(visit.path()), visit.status(), visit.shows(), found);
      }
      for (Draft draft : DRAFTS) {
        FormBody form = new FormBody.Builder().add("text", draft.text()).build();
        String page = "POST /check " + shortened(draft.text());
        check(page, client.request("/check", request -> request.post(form)), draft.status(), draft.shows(), found);
      }
      assertTrue(found.isEmpty(), found.size() + " ASCII marks in Chinese:\n" + String.join("\n", found));
    });
  }

  private static void check(String page, Response response, int status, String shows, List<String> found)
      throws Exception {
    assertEquals(status, response.code(), page);
    String html = response.body().string();
    assertTrue(html.contains(shows), page + " shows " + shows + ": " + html);
    AsciiPunctuationFinder.find(html).stream().distinct().forEach(mark -> found.add(page + ": " + mark));
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
  }
}
