package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.search.SearchRequest;
import gongbao.search.Searcher;
import gongbao.search.web.HostileRequestGenerator.HostileRequest;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand seeded random and malformed requests against the real server over raw sockets: none
 * may get a 5xx or no answer; every refusal is a 4xx in the app's error shape (JSON under the API, an
 * error page on the HTML pages), and every answer carries the security headers.
 */
class HostileRequestsIT {

  private static final int REQUESTS = 10_000;
  private static final long SEED = 20_260_922L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Searcher searcher;
  static Javalin app;
  static List<String> realIds;

  @BeforeAll
  static void start() throws Exception {
    Path index = temp.resolve("index");
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      new CorpusIngester().ingest(List.of(Path.of("../corpus")), writer, CorpusIngester.Progress.NONE);
    }
    searcher = Searcher.open(index);
    realIds = searcher.search(SearchRequest.of("工会")).hits().stream().map(hit -> hit.id()).toList();
    app = new GongbaoApp(searcher, null, null, RateLimit.OFF).javalin().start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    searcher.close();
  }

  @Test
  void ten_thousand_hostile_requests_get_no_5xx_and_every_refusal_is_a_4xx_in_the_error_shape() throws Exception {
    HostileRequestGenerator generator = new HostileRequestGenerator(SEED, realIds);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      HostileRequest request = generator.next();
      RawHttp.Reply reply;
      try {
        reply = RawHttp.send(app.port(), RawHttp.request(request.method(), request.target()));
      } catch (Exception e) {
        problems.add(request.method() + " " + request.targetText() + " → no answer: " + e);
        continue;
      }
      statuses.merge(reply.status(), 1, Integer::sum);
      String problem = problem(request, reply);
      if (problem != null) {
        problems.add(request.method() + " " + request.targetText() + " → " + reply.status() + ": " + problem);
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " bad answers, e.g.\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    assertEquals(REQUESTS, statuses.values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(statuses.getOrDefault(200, 0) > REQUESTS / 20, "enough requests were valid to exercise the routes: " + statuses);
    assertTrue(statuses.getOrDefault(400, 0) > REQUESTS / 5, "most were refused as bad requests: " + statuses);
  }

  /**
   * Regression: after Jetty's parser refused a request (a control byte in the target, a 100 KB target), Jetty could
   * release that connection's pooled buffer while still filling it, and the next connection, given the same buffer,
   * went unanswered about once in fifty runs of the test above. A race too rare to provoke here on demand, so this
   * pins what prevents it: no buffer is pooled, and the one connector is where {@code start} asked for it.
   */
  @Test
  void the_connector_pools_no_buffers_so_a_refused_request_cannot_clobber_the_next_connections() {
    Connector[] connectors = app.jettyServer().server().getConnectors();
    assertEquals(1, connectors.length);
    assertSame(ByteBufferPool.NON_POOLING, connectors[0].getByteBufferPool());
    assertEquals("127.0.0.1", ((ServerConnector) connectors[0]).getHost());
  }

  private static String problem(HostileRequest request, RawHttp.Reply reply) {
    if (reply.status() >= 500 || reply.status() < 200) {
      return "status outside 2xx-4xx: " + abbreviated(reply.bodyText());
    }
    if (!reply.header("Content-Security-Policy").contains("frame-ancestors 'none'")
        || !reply.header("X-Content-Type-Options").equals("nosniff")) {
      return "security headers missing: " + reply.headers();
    }
    if (reply.status() < 400 || request.method().equals("HEAD")) {
      return null;
    }
    String type = reply.header("Content-Type");
    if (type.startsWith("application/json")) {
      return errorShapeProblem(reply);
    }
    if (!request.api() && type.startsWith("text/html") && reply.bodyText().contains("<html")) {
      return null;
    }
    return "refusal is neither the JSON error nor (off the API) an error page: " + type + " " + abbreviated(reply.bodyText());
  }

  private static String errorShapeProblem(RawHttp.Reply reply) {
    try {
      JsonNode error = JSON.readTree(new String(reply.body(), StandardCharsets.UTF_8)).path("error");
      boolean shaped = error.path("code").isTextual() && !error.path("code").asText().isBlank()
          && error.path("message").isTextual() && !error.path("message").asText().isBlank();
      return shaped ? null : "not the error shape: " + abbreviated(reply.bodyText());
    } catch (Exception e) {
      return "unreadable JSON: " + abbreviated(reply.bodyText());
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
