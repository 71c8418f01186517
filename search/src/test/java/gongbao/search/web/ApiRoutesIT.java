package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.search.BadRequestException;
import gongbao.search.PageUploads;
import gongbao.search.Searcher;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the API over real HTTP, on a server that owns its writer (near-real-time search,
 * admin uploads on).
 */
class ApiRoutesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-0123456789abcdef";

  @TempDir static Path temp;
  static ArticleIndexWriter writer;
  static Searcher searcher;
  static Javalin app;
  static Javalin readOnlyApp;
  static Searcher readOnlySearcher;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path index = temp.resolve("index");
    writer = new ArticleIndexWriter(index);
    new CorpusIngester().ingest(List.of(Path.of("../corpus")), writer, CorpusIngester.Progress.NONE);
    searcher = Searcher.nearRealTime(writer, Searcher.DEFAULT_TIMEOUT_MILLIS);
    PageUploads uploads = new PageUploads(temp.resolve("uploads"), Path.of("../corpus"), writer, searcher);
    app = new GongbaoApp(searcher, TOKEN, uploads).javalin().start("127.0.0.1", 0);
    readOnlySearcher = Searcher.open(index);
    readOnlyApp = new GongbaoApp(readOnlySearcher).javalin().start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    readOnlyApp.stop();
    searcher.close();
    readOnlySearcher.close();
    writer.close();
  }

  private static HttpResponse<String> get(Javalin server, String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void every_route_in_the_openapi_document_exists() throws Exception {
    JsonNode paths = json(get(app, "/openapi.json")).get("paths");
    String anId = json(get(app, "/api/v1/search?q=" + q("劳模"))).get("hits").get(0).get("id").asText();
    List<String> checked = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      if (!path.getValue().has("get")) {
        continue;
      }
      List<String> parameters = new ArrayList<>();
      path.getValue().get("get").get("parameters").forEach(p -> parameters.add(p.get("name").asText()));
      String url = path.getKey().replace("{id}", anId) + "?" + (parameters.contains("q") ? "q=" + q("劳模") : "")
          + (parameters.contains("prefix") ? "prefix=" + q("劳") : "");
      HttpResponse<String> response = get(app, url);
      assertEquals(200, response.statusCode(), url + " → " + response.body());
      checked.add(path.getKey());
    }
    assertEquals(9, checked.size(), checked.toString());
  }

  @Test
  void a_parameter_the_route_does_not_take_or_a_single_value_given_twice_is_refused_by_name() throws Exception {
    for (String[] refused : new String[][] {
        {"/api/v1/search?q=" + q("劳模") + "&regoin=" + q("浙江省"), "unknown parameter 'regoin'"},
        {"/api/v1/search?q=" + q("劳模") + "&region[]=" + q("浙江省"), "unknown parameter 'region[]'"},
        {"/api/v1/stats?verbose=1", "which takes none"},
        {"/api/v1/search?q=" + q("劳模") + "&q=" + q("工匠"), "parameter 'q' is given 2 times"},
        {"/api/v1/trends?interval=year&interval=month", "parameter 'interval' is given 2 times"}}) {
      HttpResponse<String> response = get(app, refused[0]);
      assertEquals(400, response.statusCode(), refused[0]);
      assertTrue(json(response).get("error").get("message").asText().contains(refused[1]), response.body());
    }
    String twoRegions = "/api/v1/search?q=" + q("工会") + "&region=" + q("浙江省") + "&region=" + q("江苏省");
    assertEquals(200, get(app, twoRegions).statusCode(), "a filter takes several values");
  }

  @Test
  void a_browser_script_on_another_site_may_ask_first_and_read_the_answers_headers() throws Exception {
    HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/search?q=x"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "x-requested-with").build();
    HttpResponse<String> answer = http.send(preflight, HttpResponse.BodyHandlers.ofString());
    assertEquals(204, answer.statusCode());
    assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertEquals("GET, HEAD", answer.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
    assertEquals("x-requested-with", answer.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    HttpResponse<String> search = get(app, "/api/v1/search?q=" + q("劳模"), "Origin", "https://example.org");
    assertEquals("Retry-After, Content-Disposition",
        search.headers().firstValue("Access-Control-Expose-Headers").orElse(""));
    assertEquals("Accept-Encoding", search.headers().firstValue("Vary").orElse(""));
    HttpResponse<String> admin = get(app, "/api/v1/admin/ingest", "Origin", "https://example.org");
    assertTrue(admin.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "the admin route is not shared");
  }

  @Test
  void a_region_in_the_query_that_names_no_place_is_refused_as_the_filter_is() throws Exception {
    HttpResponse<String> response = get(app, "/api/v1/search?q=" + q("region:火星省"));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("unknown region '火星省'"), response.body());
    assertEquals(0, json(get(app, "/api/v1/stats")).get("undatedArticles").asInt(), "every corpus page is dated");
  }

  @Test
  void every_answer_is_described_by_the_schema_of_what_the_server_sends() throws Exception {
    JsonNode document = json(get(app, "/openapi.json"));
    JsonNode schemas = document.get("components").get("schemas");
    JsonNode hit = schemas.get("SearchHit");
    List<String> required = new ArrayList<>();
    hit.get("required").forEach(name -> required.add(name.asText()));
    assertTrue(required.containsAll(List.of("id", "title", "paper", "snippet")), required.toString());
    assertFalse(required.contains("kicker"), "a field the server leaves out when it has no value is not required");
    JsonNode kinds = schemas.get("Article").get("properties").get("kind").get("enum");
    assertEquals("[\"news\",\"photo\",\"commentary\",\"brief\",\"toc\"]", kinds.toString());
    JsonNode answer = json(get(app, "/api/v1/search?q=" + q("劳模") + "&size=3"));
    JsonNode searchSchema = schemas.get("SearchResponse");
    searchSchema.get("required").forEach(name -> assertTrue(answer.has(name.asText()), name.asText()));
    answer.get("hits").forEach(h -> required.forEach(name -> assertTrue(h.has(name), name + " in " + h)));
    answer.fieldNames().forEachRemaining(name -> assertTrue(searchSchema.get("properties").has(name), name));
    JsonNode searchOperation = document.get("paths").get("/api/v1/search").get("get");
    assertEquals("#/components/schemas/SearchResponse", searchOperation.get("responses").get("200").get("content")
        .get("application/json").get("schema").get("$ref").asText());
    for (String status : List.of("400", "405", "414", "429", "431", "503")) {
      assertTrue(searchOperation.get("responses").has(status), status);
    }
    JsonNode size = StreamSupport.stream(searchOperation.get("parameters").spliterator(), false)
        .filter(p -> p.get("name").asText().equals("size")).findFirst().orElseThrow().get("schema");
    assertEquals(100, size.get("maximum").asInt());
    assertEquals(10, size.get("default").asInt());
    assertEquals("[{\"adminToken\":[]}]",
        document.get("paths").get("/api/v1/admin/ingest").get("post").get("security").toString());
  }

  @Test
  void the_openapi_document_describes_the_upload_form() throws Exception {
    JsonNode upload = json(get(app, "/openapi.json")).get("paths").get("/api/v1/admin/ingest").get("post");
    JsonNode form = upload.get("requestBody").get("content").get("multipart/form-data").get("schema");
    List<String> fields = new ArrayList<>();
    form.get("properties").fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("file", "paper", "paperName", "date"), fields);
  }

  @Test
  void every_documented_parameter_is_one_the_routes_read() throws Exception {
    JsonNode search = json(get(app, "/openapi.json")).get("paths").get("/api/v1/search").get("get");
    List<String> names = new ArrayList<>();
    search.get("parameters").forEach(p -> names.add(p.get("name").asText()));
    assertEquals(
        List.of("q", "sort", "page", "size", "cursor", "region", "union", "topic", "paper", "person", "kind", "from", "to"),
        names);
  }

  @Test
  void export_streams_as_many_rows_as_the_search_total_in_both_formats() throws Exception {
    long total = json(get(app, "/api/v1/search?q=" + q("工会"))).get("total").asLong();
    HttpResponse<String> csv = get(app, "/api/v1/export?format=csv&q=" + q("工会"));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("gongbao-export.csv"));
    assertTrue(csv.body().startsWith("\uFEFFid,"));
    long csvRows = csv.body().split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length - 1;
    assertEquals(total, csvRows);
    HttpResponse<String> jsonl = get(app, "/api/v1/export?format=jsonl&q=" + q("工会"));
    assertEquals(total, jsonl.body().lines().count());
  }

  @Test
  void export_with_a_bad_query_is_a_400_not_a_broken_download() throws Exception {
    HttpResponse<String> response = get(app, "/api/v1/export?q=" + q("\"工会"));
    assertEquals(400, response.statusCode());
    assertEquals("bad_query", json(response).get("error").get("code").asText());
  }

  @Test
  void bad_trend_kwic_suggest_and_related_parameters_are_400s() throws Exception {
    for (String url : List.of(
        "/api/v1/trends?interval=week", "/api/v1/trends?by=colour", "/api/v1/trends?measure=ratio",
        "/api/v1/trends?distinct=maybe", "/api/v1/kwic", "/api/v1/kwic?q=x&size=0", "/api/v1/suggest",
        "/api/v1/export?format=xlsx", "/api/v1/search?q=x&cursor=%21%21", "/api/v1/search?q=x&size=1000")) {
      HttpResponse<String> response = get(app, url);
      assertEquals(400, response.statusCode(), url + " → " + response.body());
      assertEquals("bad_request", json(response).get("error").get("code").asText(), url);
    }
    assertEquals(404, get(app, "/api/v1/articles/none/related").statusCode());
  }

  @Test
  void bad_filter_values_are_400s_naming_the_problem_on_every_route_that_takes_filters() throws Exception {
    StringBuilder papers = new StringBuilder();
    for (int i = 0; i < 1024; i++) {
      papers.append("&paper=p").append(i);
    }
    Map<String, String> refusals = Map.of(
        papers.toString(), "at most 100 filter values",
        "&region=" + q("/"), "names no place",
        "&region=" + q("//"), "names no place",
        "&region=" + q("火星省"), "unknown region",
        "&region=" + q("朝阳区"), "北京市/朝阳区, 吉林省/长春市/朝阳区",
        "&kind=essay", "news, photo, commentary, brief, toc");
    for (String route : List.of("/api/v1/search", "/api/v1/export", "/api/v1/kwic", "/api/v1/trends", "/", "/trends")) {
      for (Map.Entry<String, String> refusal : refusals.entrySet()) {
        String url = route + "?q=" + q("工会") + refusal.getKey();
        HttpResponse<String> response = get(app, url);
        assertEquals(400, response.statusCode(), url + " → " + response.body());
        assertTrue(response.body().contains(refusal.getValue()), url + " → " + response.body());
      }
    }
  }

  @Test
  void a_page_number_beyond_the_integers_is_out_of_range_not_a_malformed_number() throws Exception {
    HttpResponse<String> response = get(app, "/api/v1/search?q=" + q("工会") + "&page=99999999999");
    assertEquals(400, response.statusCode());
    assertEquals("parameter 'page' must be between 1 and 2147483647, not 99999999999",
        json(response).get("error").get("message").asText());
  }

  @Test
  void an_empty_or_blank_cursor_is_no_cursor() throws Exception {
    JsonNode first = json(get(app, "/api/v1/search?q=" + q("工会")));
    for (String cursor : List.of("", "%20")) {
      HttpResponse<String> response = get(app, "/api/v1/search?q=" + q("工会") + "&cursor=" + cursor);
      assertEquals(200, response.statusCode(), "cursor=" + cursor + " → " + response.body());
      assertEquals(first.get("hits"), json(response).get("hits"), "cursor=" + cursor);
    }
  }

  @Test
  void a_place_name_filters_as_region_in_the_query_and_an_unknown_code_keeps_the_region_facet() throws Exception {
    JsonNode byName = json(get(app, "/api/v1/search?q=" + q("工会") + "&region=" + q("宁波市")));
    JsonNode inQuery = json(get(app, "/api/v1/search?q=" + q("工会 region:宁波市")));
    assertTrue(byName.get("total").asLong() > 0, byName.toString());
    assertEquals(inQuery.get("total"), byName.get("total"));
    JsonNode unknownCode = json(get(app, "/api/v1/search?q=" + q("工会") + "&region=999999"));
    assertEquals(0, unknownCode.get("total").asLong());
    assertEquals(json(get(app, "/api/v1/search?q=" + q("工会"))).get("facets").get("region"),
        unknownCode.get("facets").get("region"));
  }

  @Test
  void get_routes_allow_cross_origin_use_and_large_answers_are_gzipped() throws Exception {
    HttpResponse<String> response = get(app, "/api/v1/stats");
    assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<byte[]> zipped = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/export?format=jsonl&q=" + q("工会")))
            .header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
  }

  @Test
  void admin_ingest_is_off_without_a_token_and_refuses_wrong_tokens() throws Exception {
    assertEquals(403, post(readOnlyApp, TOKEN, "grrb", "page.txt", "标题\n\n正文。").statusCode());
    HttpResponse<String> none = post(app, null, "grrb", "page.txt", "标题\n\n正文。");
    assertEquals(401, none.statusCode());
    assertEquals("unauthorized", json(none).get("error").get("code").asText());
    assertEquals(401, post(app, TOKEN + "x", "grrb", "page.txt", "标题\n\n正文。").statusCode());
  }

  @Test
  void admin_ingest_refuses_file_names_that_leave_the_uploads_folder() throws Exception {
    HttpResponse<String> response = post(app, TOKEN, "grrb", "../../escape.txt", "标题\n\n正文。");
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(400, post(app, TOKEN, "../grrb", "p.txt", "标题\n\n正文。").statusCode());
  }

  @Test
  void two_files_of_one_name_in_one_upload_are_refused_before_either_is_kept() throws Exception {
    PageUploads uploads = new PageUploads(temp.resolve("uploads"), Path.of("../corpus"), writer, searcher);
    PageUploads.Upload page = new PageUploads.Upload("page01.txt", "标题\n\n正文。".getBytes(StandardCharsets.UTF_8));
    BadRequestException refused = assertThrows(BadRequestException.class,
        () -> uploads.ingest("grrb", null, java.time.LocalDate.of(2024, 5, 22), List.of(page, page)));
    assertTrue(refused.getMessage().contains("two files are named 'page01.txt'"), refused.getMessage());
    assertFalse(Files.exists(temp.resolve("uploads/grrb/2024-05-22/page01.txt")));
  }

  @Test
  void head_answers_with_the_status_and_type_of_get_and_no_body() throws Exception {
    Map<String, Integer> expected = Map.of("/api/v1/articles/nope", 404, "/api/v1/search?q=%22", 400,
        "/api/v1/search?q=" + q("劳模"), 200, "/?q=" + q("劳模"), 200, "/articles/nope", 404);
    for (Map.Entry<String, Integer> path : expected.entrySet()) {
      byte[] target = path.getKey().getBytes(StandardCharsets.US_ASCII);
      RawHttp.Reply get = RawHttp.send(app.port(), RawHttp.request("GET", target));
      RawHttp.Reply head = RawHttp.send(app.port(), RawHttp.request("HEAD", target));
      assertEquals(path.getValue(), get.status(), path.getKey());
      assertEquals(get.status(), head.status(), path.getKey());
      assertEquals(get.header("content-type"), head.header("content-type"), path.getKey());
      assertEquals(0, head.body().length, path.getKey());
    }
  }

  @Test
  void another_method_on_a_route_is_a_405_naming_the_allowed_ones() throws Exception {
    for (String method : List.of("PUT", "DELETE", "POST")) {
      byte[] target = "/api/v1/search?q=x".getBytes(StandardCharsets.US_ASCII);
      RawHttp.Reply reply = RawHttp.send(app.port(), RawHttp.request(method, target));
      assertEquals(405, reply.status(), method + " " + reply.bodyText());
      assertEquals("method_not_allowed", JSON.readTree(reply.bodyText()).get("error").get("code").asText());
      assertTrue(reply.header("allow").contains("GET"), reply.headers().toString());
    }
  }

  @Test
  void a_malformed_percent_escape_is_a_400_not_a_dropped_parameter() throws Exception {
    for (String path : List.of("/api/v1/search?q=%zz%E5%B7%A5", "/api/v1/export?format=csv&q=%zz",
        "/api/v1/trends?q=%zz")) {
      RawHttp.Reply reply = RawHttp.send(app.port(), RawHttp.request("GET", path.getBytes(StandardCharsets.US_ASCII)));
      String body = new String(reply.body(), StandardCharsets.UTF_8);
      assertEquals(400, reply.status(), path + " " + body);
      assertTrue(JSON.readTree(body).get("error").get("message").asText().contains("'%zz'"), body);
    }
  }

  @Test
  void escapes_that_are_not_utf8_are_a_400_not_a_search_for_a_replacement_character() throws Exception {
    for (String path : List.of("/api/v1/search?q=%E5%8A%B3%E6%A8", "/api/v1/kwic?q=%FF")) {
      RawHttp.Reply reply = RawHttp.send(app.port(), RawHttp.request("GET", path.getBytes(StandardCharsets.US_ASCII)));
      String body = new String(reply.body(), StandardCharsets.UTF_8);
      assertEquals(400, reply.status(), path + " " + body);
      assertTrue(JSON.readTree(body).get("error").get("message").asText().contains("not UTF-8"), body);
    }
  }

  @Test
  void admin_ingest_of_a_paper_of_the_corpus_needs_no_name() throws Exception {
    String marker = "青松岭职工书场";
    HttpResponse<String> upload = post(app, TOKEN, "zjgrb", "09.txt",
        marker + "开张\n\n本报讯 " + marker + "昨日开张,职工免费听书。\n", null, "2024-09-02");
    assertEquals(200, upload.statusCode(), upload.body());
    JsonNode hit = json(get(app, "/api/v1/search?q=" + q("\"" + marker + "\""))).get("hits").get(0);
    assertEquals("浙江工人日报", hit.get("paperName").asText());
  }

  @Test
  void an_article_names_its_page_by_its_place_in_the_corpus_never_by_the_servers_folders() throws Exception {
    String marker = "白杨坡职工图书角";
    HttpResponse<String> upload = post(app, TOKEN, "grrb", "11.txt",
        marker + "启用\n\n本报讯 " + marker + "昨日启用，职工可借阅图书。\n", null, "2024-09-04");
    assertEquals(200, upload.statusCode(), upload.body());
    String id = json(get(app, "/api/v1/search?q=" + q("\"" + marker + "\""))).get("hits").get(0).get("id").asText();
    String uploadsFolder = temp.resolve("uploads").toAbsolutePath().toString();

    HttpResponse<String> article = get(app, "/api/v1/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    assertEquals("grrb/2024-09-04/11.txt", json(article).get("source").get("file").asText());
    assertFalse(article.body().contains(uploadsFolder), article.body());
    HttpResponse<String> export = get(app, "/api/v1/export?format=jsonl&q=" + q("\"" + marker + "\""));
    assertEquals("grrb/2024-09-04/11.txt", JSON.readTree(export.body().strip()).get("source").get("file").asText());
    // a corpus page ingested by a path from outside the corpus folder is named from its paper's folder on
    JsonNode corpusArticle = json(get(app, "/api/v1/articles/grrb:2024-04-28:01:1"));
    assertEquals("grrb/2024-04-28/01.txt", corpusArticle.get("source").get("file").asText());
  }

  @Test
  void a_failed_upload_of_a_page_keeps_the_file_uploaded_before_it() throws Exception {
    String marker = "红枫岭职工食堂";
    String page = marker + "开张\n\n本报讯 " + marker + "昨日开张，职工就餐更方便。\n";
    assertEquals(200, post(app, TOKEN, "grrb", "12.txt", page, null, "2024-09-05").statusCode());
    HttpResponse<String> failed = post(app, TOKEN, "grrb", "12.txt", "", null, "2024-09-05");
    assertEquals(1, json(failed).get("failures").size(), failed.body());
    assertEquals(page, Files.readString(temp.resolve("uploads/grrb/2024-09-05/12.txt")));
    assertEquals(1, json(get(app, "/api/v1/search?q=" + q("\"" + marker + "\""))).get("total").asInt());
  }

  @Test
  void admin_ingest_answers_400_to_a_body_that_is_not_a_multipart_form() throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/admin/ingest"))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "multipart/form-data; boundary=x")
            .POST(HttpRequest.BodyPublishers.ofString("garbage")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(json(response).get("error").get("message").asText().contains("multipart"), response.body());
  }

  @Test
  void an_upload_that_fails_is_reported_and_not_kept() throws Exception {
    HttpResponse<String> upload = post(app, TOKEN, "grrb", "empty.txt", "", null, "2024-09-03");
    assertEquals(200, upload.statusCode(), upload.body());
    assertEquals(1, json(upload).get("failures").size(), upload.body());
    assertFalse(Files.exists(temp.resolve("uploads/grrb/2024-09-03/empty.txt")));
  }

  @Test
  void an_uploaded_page_is_searchable_at_once_while_searches_keep_working() throws Exception {
    String marker = "蓝鲸湾职工夜校";
    assertEquals(0, json(get(app, "/api/v1/search?q=" + q("\"" + marker + "\""))).get("total").asInt());
    JsonNode facetsBefore = json(get(app, "/api/v1/search?q=" + q("劳模"))).get("facets");

    AtomicBoolean uploading = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<?> load = pool.submit(() -> {
      while (uploading.get()) {
        try {
          int code = get(app, "/api/v1/search?q=" + q("劳模")).statusCode();
          if (code != 200) {
            failures.incrementAndGet();
          }
          searches.incrementAndGet();
        } catch (Exception e) {
          failures.incrementAndGet();
        }
      }
    });
    HttpResponse<String> upload = post(app, TOKEN, "newpaper", "01.txt",
        marker + "开课\n\n本报讯 " + marker + "日前开课,百余名职工报名参加。\n", "新报", "2024-09-01");
    uploading.set(false);
    load.get();
    pool.shutdown();

    assertEquals(200, upload.statusCode(), upload.body());
    assertEquals(1, json(upload).get("pages").asInt());
    JsonNode found = json(get(app, "/api/v1/search?q=" + q("\"" + marker + "\"")));
    assertEquals(1, found.get("total").asInt(), found.toString());
    assertEquals("新报", found.get("hits").get(0).get("paperName").asText());
    assertEquals("2024-09-01", found.get("hits").get(0).get("date").asText());
    // the refreshed reader's facet values: the new segment's counted, the others' mapped to the new ordinals
    JsonNode paper = found.get("facets").get("paper").get(0);
    assertEquals("newpaper", paper.get("value").asText(), found.get("facets").toString());
    assertEquals(1, paper.get("count").asInt());
    assertEquals(facetsBefore, json(get(app, "/api/v1/search?q=" + q("劳模"))).get("facets"));
    assertEquals(0, failures.get(), "searches during the upload all answered 200");
    assertNotEquals(0, searches.get());
  }

  private static HttpResponse<String> post(Javalin server, String token, String paper, String fileName, String content)
      throws Exception {
    return post(server, token, paper, fileName, content, null, null);
  }

  private static HttpResponse<String> post(
      Javalin server, String token, String paper, String fileName, String content, String paperName, String date)
      throws Exception {
    String boundary = "gongbao-test-boundary";
    StringBuilder body = new StringBuilder();
    field(body, boundary, "paper", paper);
    if (paperName != null) {
      field(body, boundary, "paperName", paperName);
    }
    if (date != null) {
      field(body, boundary, "date", date);
    }
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
        .append("Content-Type: text/plain; charset=utf-8\r\n\r\n").append(content).append("\r\n")
        .append("--").append(boundary).append("--\r\n");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/admin/ingest"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void field(StringBuilder body, String boundary, String name, String value) {
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n");
  }
}
