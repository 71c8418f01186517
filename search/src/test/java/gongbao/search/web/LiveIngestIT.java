package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import gongbao.search.GeneratedCorpus;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sustained ingest into the server's own writer, made visible page by page, each new page followed by an earlier
 * one ingested again (replacing itself), while clients search without pause: every search answers 200, and what a
 * client sees only ever grows.
 */
class LiveIngestIT {

  private static final int PAGES = 150;
  private static final int CLIENTS = 4;
  /**
   * The searches' time limit. This test is about what searches see while the index grows, not how
   * fast they are: on a slow, shared machine a search may take seconds, and must not fail for it.
   */
  private static final long SEARCH_TIME_LIMIT_MILLIS = 120_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void searches_during_a_sustained_ingest_all_succeed_and_never_see_the_index_shrink() throws Exception {
    Path corpus = GeneratedCorpus.write(temp.resolve("corpus"), PAGES, 77);
    List<Path> files = CorpusIngester.listFiles(List.of(corpus)).stream().filter(f -> f.toString().endsWith(".txt")).toList();
    try (ArticleIndexWriter writer = new ArticleIndexWriter(temp.resolve("index"));
        Searcher searcher = Searcher.nearRealTime(writer, SEARCH_TIME_LIMIT_MILLIS)) {
      Javalin app = new GongbaoApp(searcher, null, null, RateLimit.OFF).javalin().start("127.0.0.1", 0);
      AtomicBoolean ingesting = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<Integer>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(pool.submit(() -> searchUntilDone(app.port(), ingesting, failures)));
      }
      int articles = 0;
      CorpusIngester ingester = new CorpusIngester();
      try {
        for (int i = 0; i < files.size(); i++) {
          IngestReport report = ingester.ingest(List.of(files.get(i)), writer, CorpusIngester.Progress.NONE);
          articles += report.articles();
          searcher.refresh();
          // an earlier page ingested again replaces itself: searches must never see it half gone
          ingester.ingest(List.of(files.get(i / 2)), writer, CorpusIngester.Progress.NONE);
          searcher.refresh();
        }
      } finally {
        ingesting.set(false);
      }
      int searches = 0;
      for (Future<Integer> client : clients) {
        searches += client.get();
      }
      pool.shutdown();
      long total = JSON.readTree(get(HttpClient.newHttpClient(), app.port(), "/api/v1/search?q=" + q("工会")).body())
          .get("total").asLong();
      app.stop();

      assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.peek());
      assertTrue(searches > CLIENTS, "searches ran during the ingest: " + searches);
      assertTrue(total > 0 && total <= articles, total + " of " + articles);
    }
  }

  /** Searches until the ingest ends; returns how many it made. Records every non-200 and every shrink. */
  private static int searchUntilDone(int port, AtomicBoolean ingesting, ConcurrentLinkedQueue<String> failures) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long lastTotal = 0;
    int searches = 0;
    while (ingesting.get()) {
      try {
        HttpResponse<String> response = get(http, port, "/api/v1/search?size=20&q=" + q("工会 职工"));
        searches++;
        if (response.statusCode() != 200) {
          failures.add(response.statusCode() + ": " + response.body());
          continue;
        }
        long total = JSON.readTree(response.body()).get("total").asLong();
        if (total < lastTotal) {
          failures.add("total went down from " + lastTotal + " to " + total);
        }
        lastTotal = total;
        HttpResponse<String> page = get(http, port, "/?q=" + q("劳模"));
        if (page.statusCode() != 200) {
          failures.add("page " + page.statusCode());
        }
      } catch (Exception e) {
        failures.add(e.toString());
      }
    }
    return searches;
  }

  private static HttpResponse<String> get(HttpClient http, int port, String target) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
