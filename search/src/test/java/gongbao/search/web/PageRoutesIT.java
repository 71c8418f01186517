package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.search.Searcher;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over HTTP, on the hand-made archive: same answers as the API, CSV, about, errors, headers. */
class PageRoutesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ARTICLE_LINK = Pattern.compile("<h3 class=\"hit-title\"><a href=\"/articles/([^\"]+)\">");

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

  private static void withServer(io.javalin.testtools.TestCase test) {
    JavalinTest.test(new GongbaoApp(searcher).javalin(), test);
  }

  private static String header(Response response, String name) {
    return response.headers().get(name).get(0);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void the_page_and_the_api_list_the_same_articles_in_the_same_order_for_the_same_request() {
    withServer((server, client) -> {
      for (String parameters : List.of(
          "q=" + q("驿站"),
          "q=" + q("驿站") + "&region=" + q("浙江省/宁波市") + "&sort=newest&page=2",
          "q=" + q("骑手 OR 劳模") + "&topic=new-forms&topic=model-workers&sort=oldest",
          "paper=zjgrb&from=2020-01-01&to=2023-12-31")) {
        List<String> apiIds = new ArrayList<>();
        JSON.readTree(client.get("/api/v1/search?" + parameters).body().string()).get("hits")
            .forEach(hit -> apiIds.add(hit.get("id").asText()));
        List<String> pageIds = new ArrayList<>();
        Matcher link = ARTICLE_LINK.matcher(client.get("/?" + parameters).body().string());
        while (link.find()) {
          pageIds.add(link.group(1));
        }
        assertFalse(apiIds.isEmpty(), parameters);
        assertEquals(apiIds, pageIds, parameters);
      }
    });
  }

  @Test
  void the_trends_csv_holds_the_numbers_the_api_gives() {
    withServer((server, client) -> {
      String parameters = "q=" + q("驿站") + "&by=topic&interval=year";
      JsonNode trend = JSON.readTree(client.get("/api/v1/trends?" + parameters).body().string());
      Response csv = client.get("/trends.csv?" + parameters);
      assertEquals(200, csv.code());
      assertTrue(header(csv, "Content-Type").startsWith("text/csv"));
      List<String> lines = csv.body().string().lines().toList();
      assertEquals("\uFEFFperiod," + String.join(",", keys(trend)) + ",all_articles", lines.get(0));
      for (int i = 0; i < trend.get("buckets").size(); i++) {
        List<String> cells = new ArrayList<>(List.of(trend.get("buckets").get(i).asText()));
        for (JsonNode series : trend.get("series")) {
          cells.add(Long.toString(series.get("values").get(i).asLong()));
        }
        cells.add(trend.get("periodTotals").get(i).asText());
        assertEquals(String.join(",", cells), lines.get(i + 1));
      }
    });
  }

  private static List<String> keys(JsonNode trend) {
    List<String> keys = new ArrayList<>();
    trend.get("series").forEach(series -> keys.add(series.get("key").asText()));
    return keys;
  }

  @Test
  void the_trends_page_names_topics_by_their_labels() {
    withServer((server, client) -> {
      String html = client.get("/trends?q=" + q("驿站") + "&by=topic").body().string();
      assertTrue(html.contains("<th scope=\"col\">服务阵地</th>"), html);
      assertFalse(html.contains(">service-posts<"));
    });
  }

  @Test
  void the_about_page_says_what_the_archive_holds() {
    withServer((server, client) -> {
      String html = client.get("/about").body().string();
      assertTrue(html.contains("<dd>" + FixtureArchive.articles().size() + " 篇</dd>"), html);
      assertTrue(html.contains("2019年1月1日 至 2024年12月12日"), html);
      assertTrue(html.contains("href=\"/openapi.json\""));
    });
  }

  @Test
  void a_malformed_query_is_explained_on_the_search_page_with_status_400() {
    withServer((server, client) -> {
      Response response = client.get("/?q=" + q("(劳模"));
      assertEquals(400, response.code());
      String html = response.body().string();
      assertTrue(html.contains("role=\"alert\""));
      assertTrue(html.contains("括号没有闭合"), html);
      assertTrue(html.contains("value=\"(劳模\""), "the query is kept in the box to be corrected");
    });
  }

  @Test
  void a_page_past_the_last_says_so_and_links_to_the_last_and_first_pages_as_the_api_answers_200() {
    withServer((server, client) -> {
      String parameters = "q=" + q("工会") + "&size=2&page=999";
      Response api = client.get("/api/v1/search?" + parameters);
      long total = JSON.readTree(api.body().string()).get("total").asLong();
      long lastPage = (total + 1) / 2;
      assertTrue(lastPage > 1, "the fixture has more than one page of 工会");
      Response response = client.get("/?" + parameters);
      assertEquals(api.code(), response.code());
      assertEquals(200, response.code());
      String html = response.body().string();
      assertTrue(html.contains("第 999 页超出范围：共 " + total + " 篇，" + lastPage + " 页"), html);
      assertTrue(html.contains("&amp;page=" + lastPage + "&amp;size=2\">前往最后一页（第 " + lastPage + " 页）<"), html);
      assertTrue(html.contains("&amp;page=1&amp;size=2\">回到第 1 页<"), html);
      assertFalse(html.contains("没有找到"), html);
      assertTrue(html.contains("id=\"facets-heading\""), "the facets are still offered");
      assertTrue(html.contains("name=\"size\" value=\"2\""), "a new search from the box keeps the page size");
    });
  }

  @Test
  void every_bad_parameter_of_the_search_page_is_explained_on_it_with_the_query_kept() {
    withServer((server, client) -> {
      for (String bad : List.of("sort=bogus", "from=2024-13-01", "from=2024-05-01&to=2024-01-01", "page=abc",
          "size=0", "page=1001", "region=" + q("无此地方"), "region=" + q("鼓楼区"), "kind=bogus")) {
        Response response = client.get("/?q=" + q("工会") + "&region=" + q("浙江省") + "&" + bad);
        assertEquals(400, response.code(), bad);
        String html = response.body().string();
        assertTrue(html.contains("role=\"alert\""), bad + ": " + html);
        assertTrue(html.contains("name=\"q\" value=\"工会\""), bad + ": the query is kept in the box");
        assertTrue(html.contains("name=\"region\" value=\"浙江省\""), bad + ": the valid filters are kept");
      }
    });
  }

  @Test
  void a_page_past_the_numbered_pages_is_explained_in_chinese_with_the_way_on() {
    withServer((server, client) -> {
      Response response = client.get("/?q=" + q("工会") + "&page=1001");
      assertEquals(400, response.code());
      String html = response.body().string();
      assertTrue(html.contains("按页码只能翻到前 10000 篇结果"), html);
      assertFalse(html.contains("nextCursor"), html);
    });
  }

  @Test
  void a_refused_order_or_date_is_left_out_of_the_form_so_that_it_can_be_resubmitted() {
    withServer((server, client) -> {
      String html = client.get("/?q=" + q("工会") + "&sort=bogus&from=2024-13-01&to=2024-06-30").body().string();
      assertFalse(html.contains("bogus\""), html);
      assertFalse(html.contains("value=\"2024-13-01\""), html);
      assertTrue(html.contains("name=\"to\" value=\"2024-06-30\""), html);
      String unordered = client.get("/?q=" + q("工会") + "&from=2024-05-01&to=2024-01-01").body().string();
      assertFalse(unordered.contains("value=\"2024-05-01\"") || unordered.contains("value=\"2024-01-01\""), unordered);
    });
  }

  @Test
  void every_bad_parameter_of_the_trends_page_is_explained_on_it_with_the_query_kept() {
    withServer((server, client) -> {
      for (String bad : List.of("interval=week", "by=colour", "measure=ratio", "distinct=maybe", "from=2024-13-01",
          "from=2024-05-01&to=2024-01-01", "region=" + q("无此地方"), "kind=bogus")) {
        Response response = client.get("/trends?q=" + q("工会") + "&" + bad);
        assertEquals(400, response.code(), bad);
        String html = response.body().string();
        assertTrue(html.contains("role=\"alert\""), bad + ": " + html);
        assertTrue(html.contains("name=\"q\" value=\"工会\""), bad + ": the query is kept in the box");
      }
      Response badQuery = client.get("/trends?q=" + q("(劳模") + "&interval=month");
      assertEquals(400, badQuery.code());
      String html = badQuery.body().string();
      assertTrue(html.contains("括号没有闭合"), html);
      assertTrue(html.contains("<option value=\"month\" selected=\"selected\">"), "valid choices are kept: " + html);
    });
  }

  @Test
  void a_page_number_beyond_the_integers_is_out_of_range_not_a_malformed_number() {
    withServer((server, client) -> {
      Response response = client.get("/?q=" + q("工会") + "&page=99999999999");
      assertEquals(400, response.code());
      String html = response.body().string();
      assertTrue(html.contains("must be between 1 and 2147483647"), html);
      assertFalse(html.contains("whole number"), html);
    });
  }

  @Test
  void an_empty_cursor_is_no_cursor() {
    withServer((server, client) -> {
      for (String cursor : List.of("&cursor=", "&cursor=%20")) {
        Response response = client.get("/?q=" + q("工会") + "&size=2" + cursor);
        assertEquals(200, response.code(), cursor);
        String html = response.body().string();
        assertTrue(html.contains("aria-current=\"page\">1<"), cursor + ": numbered pages as without a cursor");
        assertFalse(html.contains("回到第 1 页"), cursor);
      }
    });
  }

  @Test
  void an_unknown_article_gets_a_readable_page_with_status_404() {
    withServer((server, client) -> {
      Response response = client.get("/articles/no-such-id");
      assertEquals(404, response.code());
      assertTrue(header(response, "Content-Type").startsWith("text/html"));
      assertTrue(response.body().string().contains("返回检索页"));
    });
  }

  @Test
  void pages_allow_only_the_sites_own_scripts_and_styles_which_are_served() {
    withServer((server, client) -> {
      String policy = header(client.get("/"), "Content-Security-Policy");
      assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"), policy);
      assertFalse(policy.contains("unsafe-inline"), policy);
      Response script = client.get("/static/app.js");
      assertEquals(200, script.code());
      assertTrue(script.body().string().contains("/api/v1/suggest"));
      assertEquals(200, client.get("/static/site.css").code());
    });
  }

  @Test
  void an_article_full_of_markup_is_served_with_every_tag_escaped() {
    withServer((server, client) -> {
      String html = client.get("/articles/" + FixtureArchive.HOSTILE_ID).body().string();
      assertFalse(html.contains("<script>window"), html);
      assertFalse(html.contains("<b>"));
      assertFalse(html.contains("<img"));
      assertTrue(html.contains("&lt;script&gt;window.pwned=1;document.title=&#39;pwned&#39;&lt;/script&gt;劳模&lt;b&gt;加粗&lt;/b&gt;"));
    });
  }
}
