package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.search.Searcher;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pasted draft checked against the archive, through the API and the page, over real HTTP. */
class DraftCheckIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The rider-station story as an editor might retype it: other punctuation, one sentence of its own added. */
  private static final String REWRITTEN_RIDER_STORY = "本报讯：慈溪市总工会在城区新建十二个骑手驿站。外卖骑手可以在驿站歇脚、充电、喝水！"
      + "驿站建在商圈和小区门口，由工会与企业共建，骑手凭工会会员卡免费使用。"
      + "记者从慈溪市总工会了解到，明年驿站还将开进各个乡镇。";

  @TempDir static Path indexDir;
  static Searcher searcher;
  static Javalin server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    FixtureArchive.write(indexDir);
    searcher = Searcher.open(indexDir);
    server = new GongbaoApp(searcher).javalin().start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    searcher.close();
  }

  private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> postJson(String path, String text) throws Exception {
    return post(path, "application/json", JSON.writeValueAsString(Map.of("text", text)));
  }

  private static String form(String... namesAndValues) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      pairs.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }

  @Test
  void a_retyped_story_finds_both_its_printings_first_with_the_share_and_the_passage_they_print() throws Exception {
    HttpResponse<String> response = postJson("/api/v1/similar", REWRITTEN_RIDER_STORY);
    assertEquals(200, response.statusCode(), response.body());
    JsonNode matches = JSON.readTree(response.body()).get("matches");
    List<String> firstTwo = List.of(matches.get(0).get("article").get("id").asText(),
        matches.get(1).get("article").get("id").asText());
    assertTrue(firstTwo.containsAll(List.of(FixtureArchive.RIDER_STATION_ID, FixtureArchive.RIDER_STATION_REPRINT_ID)),
        firstTwo.toString());
    JsonNode first = matches.get(0);
    assertTrue(first.get("overlap").asDouble() >= 0.5 && first.get("overlap").asDouble() < 1, first.toString());
    assertTrue(first.get("passage").asText().startsWith("本报讯：慈溪市总工会在城区新建十二个骑手驿站。外卖骑手可以在驿站歇脚"),
        "the longest passage printed whole, as the draft has it: " + first.get("passage").asText());
    for (int i = 2; i < matches.size(); i++) {
      assertTrue(matches.get(i).get("overlap").asDouble() < first.get("overlap").asDouble(), matches.get(i).toString());
    }
  }

  @Test
  void a_filter_limits_the_check_to_one_paper() throws Exception {
    HttpResponse<String> response = postJson("/api/v1/similar?paper=zjgrb&size=50", REWRITTEN_RIDER_STORY);
    JsonNode matches = JSON.readTree(response.body()).get("matches");
    assertFalse(matches.isEmpty());
    matches.forEach(match -> assertEquals("zjgrb", match.get("article").get("paper").asText(), match.toString()));
  }

  @Test
  void a_form_field_is_read_as_the_json_field_is() throws Exception {
    HttpResponse<String> response =
        post("/api/v1/similar", "application/x-www-form-urlencoded", form("text", REWRITTEN_RIDER_STORY));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(JSON.readTree(postJson("/api/v1/similar", REWRITTEN_RIDER_STORY).body()),
        JSON.readTree(response.body()));
  }

  @Test
  void texts_too_short_or_too_long_and_bodies_of_other_shapes_are_refused_with_a_reason() throws Exception {
    Map<String, HttpResponse<String>> refused = Map.of(
        "too short", postJson("/api/v1/similar", "“骑手驿站！”"),
        "too long", postJson("/api/v1/similar", "驿站".repeat(10_001)),
        "no text field", post("/api/v1/similar", "application/json", "{\"txt\": \"骑手驿站开到家门口了\"}"),
        "not JSON", post("/api/v1/similar", "application/json", "{text:"),
        "plain text", post("/api/v1/similar", "text/plain", REWRITTEN_RIDER_STORY),
        "bad escape", post("/api/v1/similar", "application/x-www-form-urlencoded", "text=%zz"),
        "bad size", postJson("/api/v1/similar?size=0", REWRITTEN_RIDER_STORY));
    refused.forEach((why, response) -> {
      assertEquals(400, response.statusCode(), why + ": " + response.body());
      assertTrue(response.body().contains("\"code\":\"bad_request\""), why + ": " + response.body());
    });
    assertTrue(refused.get("bad escape").body().contains("%zz"));
    HttpResponse<String> get = get("/api/v1/similar");
    assertEquals(405, get.statusCode());
    assertEquals("POST, OPTIONS", get.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void the_openapi_document_describes_the_text_body() throws Exception {
    JsonNode similar = JSON.readTree(get("/openapi.json").body()).get("paths").get("/api/v1/similar").get("post");
    for (String type : List.of("application/json", "application/x-www-form-urlencoded")) {
      JsonNode schema = similar.get("requestBody").get("content").get(type).get("schema");
      assertEquals("[\"text\"]", schema.get("required").toString(), type);
    }
  }

  @Test
  void the_page_checks_a_pasted_draft_and_keeps_it_in_the_box() throws Exception {
    HttpResponse<String> empty = get("/check");
    assertEquals(200, empty.statusCode());
    assertTrue(empty.body().contains("<textarea id=\"check-text\" name=\"text\""), empty.body());
    HttpResponse<String> checked =
        post("/check", "application/x-www-form-urlencoded", form("text", REWRITTEN_RIDER_STORY, "paper", "grrb"));
    assertEquals(200, checked.statusCode());
    String html = checked.body();
    assertTrue(html.contains("有 1 篇文章刊登过这篇稿件一半以上的文字。"), html);
    assertTrue(html.contains("href=\"/articles/" + FixtureArchive.RIDER_STATION_ID + "\""), html);
    assertFalse(html.contains(FixtureArchive.RIDER_STATION_REPRINT_ID), "the other paper's printing is left out");
    assertTrue(html.contains("<option value=\"grrb\" selected=\"selected\">工人日报</option>"), html);
    assertTrue(html.contains(">" + REWRITTEN_RIDER_STORY + "</textarea>"), "the draft stays in the box");
  }

  @Test
  void the_page_says_in_chinese_why_a_draft_was_refused() throws Exception {
    HttpResponse<String> refused = post("/check", "application/x-www-form-urlencoded", form("text", "骑手驿站"));
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("请粘贴至少 10 个字的稿件文字"), refused.body());
    assertTrue(refused.body().contains(">骑手驿站</textarea>"), refused.body());
  }
}
