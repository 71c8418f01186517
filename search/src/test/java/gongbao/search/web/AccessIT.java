package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.search.PageUploads;
import gongbao.search.Searcher;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: admin token, rate limit, no way out of the archive, security headers everywhere. */
class AccessIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "access-test-token-0123456789";

  @TempDir static Path temp;
  static ArticleIndexWriter writer;
  static Searcher searcher;
  static Javalin app;
  static Javalin limitedApp;
  static Javalin readOnlyApp;

  @BeforeAll
  static void start() throws Exception {
    writer = new ArticleIndexWriter(temp.resolve("index"));
    new CorpusIngester().ingest(List.of(Path.of("../corpus")), writer, CorpusIngester.Progress.NONE);
    searcher = Searcher.nearRealTime(writer, Searcher.DEFAULT_TIMEOUT_MILLIS);
    PageUploads uploads = new PageUploads(temp.resolve("uploads"), writer, searcher);
    app = new GongbaoApp(searcher, TOKEN, uploads, RateLimit.OFF).javalin().start("127.0.0.1", 0);
    limitedApp = new GongbaoApp(searcher, null, null, new RateLimit(0.01, 3)).javalin().start("127.0.0.1", 0);
    readOnlyApp = new GongbaoApp(searcher, null, null, RateLimit.OFF).javalin().start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    limitedApp.stop();
    readOnlyApp.stop();
    searcher.close();
    writer.close();
  }

  private static RawHttp.Reply send(Javalin server, String method, String target, String... headerLines) throws Exception {
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (String header : headerLines) {
      request.append(header).append("\r\n");
    }
    return RawHttp.send(server.port(), request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode error(RawHttp.Reply reply) throws Exception {
    return JSON.readTree(reply.bodyText()).get("error");
  }

  private static void assertSecurityHeaders(RawHttp.Reply reply, String what) {
    assertTrue(reply.header("Content-Security-Policy").contains("default-src 'self'"), what + ": " + reply.headers());
    assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what + ": " + reply.headers());
    assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
  }

  @Test
  void a_client_over_its_rate_gets_429_with_retry_after_and_the_json_error() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(200, send(limitedApp, "GET", "/api/v1/stats").status());
    }
    RawHttp.Reply refused = send(limitedApp, "GET", "/api/v1/stats");
    assertEquals(429, refused.status());
    assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1, refused.headers().toString());
    assertEquals("too_many_requests", error(refused).get("code").asText());
    assertSecurityHeaders(refused, "429");
    assertEquals(200, send(limitedApp, "GET", "/healthz").status(), "a health check is never refused");
  }

  @Test
  void admin_routes_answer_401_to_a_missing_or_wrong_token_whatever_its_length() throws Exception {
    String form = "POST /api/v1/admin/ingest";
    for (String authorization : List.of(
        "", "Authorization: Bearer", "Authorization: Bearer " + TOKEN.substring(0, TOKEN.length() - 1),
        "Authorization: Bearer " + TOKEN + "x", "Authorization: Bearer x" + TOKEN.substring(1),
        "Authorization: Basic " + TOKEN, "Authorization: bearer x" + TOKEN.substring(1))) {
      RawHttp.Reply reply = authorization.isEmpty()
          ? send(app, "POST", "/api/v1/admin/ingest", "Content-Length: 0")
          : send(app, "POST", "/api/v1/admin/ingest", authorization, "Content-Length: 0");
      assertEquals(401, reply.status(), form + " with '" + authorization + "'");
      assertEquals("unauthorized", error(reply).get("code").asText());
      assertEquals("Bearer", reply.header("WWW-Authenticate"));
    }
    RawHttp.Reply anyCase =
        send(app, "POST", "/api/v1/admin/ingest", "Authorization: bEaReR " + TOKEN, "Content-Length: 0");
    assertEquals(400, anyCase.status(), "the scheme is read in any case (RFC 7235); the empty body is refused");
    assertTrue(error(anyCase).get("message").asText().contains("not a multipart form"), error(anyCase).toString());
    RawHttp.Reply off = send(readOnlyApp, "POST", "/api/v1/admin/ingest", "Authorization: Bearer " + TOKEN, "Content-Length: 0");
    assertEquals(403, off.status(), "admin routes are off unless a token is configured");
  }

  @Test
  void no_id_or_path_leads_out_of_the_archive() throws Exception {
    for (String target : List.of(
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/articles/..%2F..%2Fpom.xml", "/articles/%2e%2e%2f%2e%2e%2fpom.xml",
        "/api/v1/articles/..%2F..%2F..%2Fpom.xml", "/api/v1/articles/%2e%2e", "/api/v1/articles/..%5C..%5Cpom.xml",
        "/static/../../pom.xml", "/api/v1/articles/..;/..;/pom.xml", "//etc/passwd", "/articles/%252e%252e%252fpom.xml",
        "/api/v1/articles/%C0%AE%C0%AE%2Fpom.xml", "/pom.xml", "/corpus/README.md", "/WEB-INF/web.xml")) {
      RawHttp.Reply reply = send(app, "GET", target);
      assertTrue(reply.status() >= 400 && reply.status() < 500, target + " → " + reply.status());
      assertFalse(reply.bodyText().contains("root:") || reply.bodyText().contains("<project"), target + " leaked a file");
      assertSecurityHeaders(reply, target);
    }
  }

  @Test
  void every_answer_carries_the_security_headers_even_errors_and_refusals_jetty_makes_itself() throws Exception {
    for (String target : List.of(
        "/", "/?q=%E5%8A%B3%E6%A8%A1", "/api/v1/stats", "/healthz", "/openapi.json", "/nothing", "/api/v1/nothing",
        "/api/v1/search?q=%22", "/articles/none", "/%FF", "/api/v1/search?q=" + "a".repeat(40_000))) {
      RawHttp.Reply reply = send(app, "GET", target);
      assertSecurityHeaders(reply, target.substring(0, Math.min(60, target.length())) + " → " + reply.status());
    }
    assertSecurityHeaders(send(app, "FOO", "/api/v1/stats"), "unknown method");
    assertSecurityHeaders(send(app, "GET", "/", "X-Big: " + "b".repeat(40_000)), "headers too large");
    assertSecurityHeaders(send(app, "DELETE", "/api/v1/stats"), "wrong method");
  }

  @Test
  void a_query_at_its_length_limit_in_chinese_fits_in_the_url() throws Exception {
    String query = java.net.URLEncoder.encode("\"" + "劳".repeat(998) + "\"", StandardCharsets.UTF_8);
    assertEquals(200, send(app, "GET", "/api/v1/search?q=" + query).status());
  }

  @Test
  void a_method_name_javalin_cannot_parse_is_a_json_405_not_a_500() throws Exception {
    for (String method : List.of("aaaa", "get", "FOO", "ZZZZZZZZZZZZ", "M-SEARCH")) {
      RawHttp.Reply reply = send(app, method, "/api/v1/stats");
      assertEquals(405, reply.status(), method);
      assertEquals("method_not_allowed", error(reply).get("code").asText(), method);
    }
  }

  @Test
  void refusals_jetty_makes_itself_are_json_errors_on_the_api_and_error_pages_elsewhere_for_every_method()
      throws Exception {
    for (String method : List.of("GET", "DELETE")) {
      assertErrorPage(send(app, method, "/%FF"), 400, method + " /%FF");
      RawHttp.Reply unreadable = send(app, method, "/articles/%zz");
      assertEquals(400, unreadable.status(), method);
      assertEquals("bad_request", error(unreadable).get("code").asText(), "a target Jetty cannot read has no path");
    }
    RawHttp.Reply badUtf8Delete = send(app, "DELETE", "/api/v1/articles/%FF");
    assertEquals(400, badUtf8Delete.status());
    assertEquals("bad_request", error(badUtf8Delete).get("code").asText());
    RawHttp.Reply longUri = send(app, "GET", "/api/v1/search?q=" + "a".repeat(40_000));
    assertEquals(414, longUri.status());
    assertEquals("uri_too_long", error(longUri).get("code").asText());
    RawHttp.Reply bigHeaders = send(app, "GET", "/api/v1/stats", "X-Big: " + "b".repeat(40_000));
    assertEquals(431, bigHeaders.status());
    assertEquals("headers_too_large", error(bigHeaders).get("code").asText());
    assertErrorPage(send(app, "GET", "/", "X-Big: " + "b".repeat(40_000)), 431, "headers too large on a page");
  }

  private static void assertErrorPage(RawHttp.Reply reply, int status, String what) {
    assertEquals(status, reply.status(), what);
    assertTrue(reply.header("Content-Type").startsWith("text/html"), what + ": " + reply.headers());
    assertTrue(reply.bodyText().contains("返回检索页"), what + ": " + reply.bodyText());
    assertSecurityHeaders(reply, what);
  }
}
