package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import gongbao.search.Searcher;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a real index built from the bundled corpus, over HTTP. */
class GongbaoAppIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("../corpus");

  @TempDir static Path indexDir;
  static Searcher searcher;
  static IngestReport report;

  @BeforeAll
  static void ingestCorpus() throws Exception {
    try (ArticleIndexWriter writer = new ArticleIndexWriter(indexDir)) {
      report = new CorpusIngester().ingest(List.of(CORPUS), writer, CorpusIngester.Progress.NONE);
    }
    searcher = Searcher.open(indexDir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static void withServer(io.javalin.testtools.TestCase test) {
    JavalinTest.test(new GongbaoApp(searcher).javalin(), test);
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static JsonNode json(Response response) throws Exception {
    return JSON.readTree(response.body().string());
  }

  @Test
  void the_whole_corpus_ingests_without_failures() {
    assertEquals(3, report.pages(), report.toTable());
    assertTrue(report.failures().isEmpty(), report.toTable());
  }

  @Test
  void a_phrase_from_a_corpus_article_finds_that_article() {
    withServer((server, client) -> {
      Response response = client.get("/api/v1/search?q=" + q("\"快递行业联合工会\""));
      assertEquals(200, response.code());
      JsonNode body = json(response);
      assertEquals(1, body.get("total").asInt(), body.toString());
      JsonNode hit = body.get("hits").get(0);
      assertEquals("衢州：新就业形态劳动者有了“娘家”", hit.get("title").asText());
      assertEquals("浙江工人日报", hit.get("paperName").asText());
      assertTrue(hit.get("snippet").asText().contains("<mark>快递行业联合工会</mark>"), hit.toString());
    });
  }

  @Test
  void a_word_query_finds_hits_on_several_papers() {
    withServer((server, client) -> {
      JsonNode body = json(client.get("/api/v1/search?q=" + q("劳模") + "&size=100"));
      assertTrue(body.get("total").asInt() >= 10, body.toString());
      java.util.Set<String> papers = new java.util.HashSet<>();
      body.get("hits").forEach(h -> papers.add(h.get("paper").asText()));
      assertEquals(java.util.Set.of("grrb", "zjgrb", "yancheng-union"), papers);
    });
  }

  @Test
  void an_article_found_by_search_can_be_fetched_in_full() {
    withServer((server, client) -> {
      JsonNode hit = json(client.get("/api/v1/search?q=" + q("\"工会驿站\""))).get("hits").get(0);
      String id = hit.get("id").asText();
      Response response = client.get("/api/v1/articles/" + id);
      assertEquals(200, response.code());
      JsonNode article = json(response);
      assertEquals(id, article.get("id").asText());
      assertTrue(article.get("paragraphs").size() > 0);
    });
  }

  @Test
  void stats_describe_the_corpus() {
    withServer((server, client) -> {
      JsonNode stats = json(client.get("/api/v1/stats"));
      assertEquals(3, stats.get("pages").asInt());
      assertEquals(3, stats.get("papers").size());
      assertEquals(report.articles(), stats.get("articles").asInt());
    });
  }

  @Test
  void search_with_bad_syntax_returns_400_with_message() {
    withServer((server, client) -> {
      Response response = client.get("/api/v1/search?q=" + q("(劳模"));
      assertEquals(400, response.code());
      JsonNode error = json(response).get("error");
      assertEquals("bad_query", error.get("code").asText());
      assertTrue(error.get("message").asText().contains("unbalanced parenthesis"));
    });
  }

  @Test
  void bad_parameters_return_400_and_unknown_things_404_in_the_error_shape() {
    withServer((server, client) -> {
      assertError(client, "/api/v1/search", 400, "bad_request");
      assertError(client, "/api/v1/search?q=x&size=abc", 400, "bad_request");
      assertError(client, "/api/v1/search?q=x&from=yesterday", 400, "bad_request");
      assertError(client, "/api/v1/search?q=x&sort=random", 400, "bad_request");
      assertError(client, "/api/v1/articles/no-such-id", 404, "not_found");
      assertError(client, "/api/v1/no-such-route", 404, "not_found");
    });
  }

  private static void assertError(HttpClient client, String path, int status, String code) throws Exception {
    Response response = client.get(path);
    assertEquals(status, response.code(), path);
    assertEquals(code, json(response).get("error").get("code").asText(), path);
  }

  @Test
  void health_answers_ok() {
    withServer((server, client) -> {
      assertEquals("ok", json(client.get("/healthz")).get("status").asText());
    });
  }

  @Test
  void the_search_page_renders_results_without_javascript() {
    withServer((server, client) -> {
      Response response = client.get("/?q=" + q("劳模"));
      assertEquals(200, response.code());
      String html = response.body().string();
      assertTrue(html.contains("<form action=\"/\" method=\"get\""));
      assertTrue(html.contains("<mark>劳模</mark>"));
      assertFalse(html.replace("<script src=\"/static/app.js\" defer=\"defer\"></script>", "").contains("<script"),
          "no script but the site's own static file");
      assertTrue(response.headers().get("Content-Security-Policy").get(0).contains("default-src 'self'"));
    });
  }

  @Test
  void the_search_page_escapes_the_query_it_echoes() {
    withServer((server, client) -> {
      String html = client.get("/?q=" + q("\"<script>alert(1)</script>\"")).body().string();
      assertFalse(html.contains("<script>alert(1)</script>"));
      assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    });
  }

  @Test
  void article_pages_show_the_headline_and_body() {
    withServer((server, client) -> {
      JsonNode hit = json(client.get("/api/v1/search?q=" + q("\"快递行业联合工会\""))).get("hits").get(0);
      String html = client.get("/articles/" + hit.get("id").asText()).body().string();
      assertTrue(html.contains(">衢州：新就业形态劳动者有了“娘家”</h1>"), html);
      assertTrue(html.contains("首批二百六十名快递员加入工会"), html);
    });
  }
}
