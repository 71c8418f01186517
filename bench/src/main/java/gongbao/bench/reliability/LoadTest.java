package gongbao.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the real server over loopback: {@code gongbao serve} in its own JVM (rate limit off), many
 * clients each sending one request after another — API searches with filters and sorts, the search
 * page, article pages, related, trends, KWIC, suggest, stats — for a fixed time or a fixed number of
 * requests, whichever comes first. Reports errors, latency percentiles per kind and per 10-second
 * window, and the server's resident memory sampled every second.
 *
 * <pre>bench/run LoadTest [--index DIR] [--pages 20000] [--clients 64] [--seconds 60] [--max-requests 5000000]</pre>
 *
 * The index is built from the bundled corpus plus {@code --pages} synthetic pages when DIR holds none.
 */
public final class LoadTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SERVING = Pattern.compile("http://localhost:(\\d+)/");
  private static final List<String> KINDS =
      List.of("api search", "search page", "api article", "article page", "related", "trends", "kwic", "suggest", "stats");
  private static final int[] KIND_WEIGHTS = {40, 15, 10, 5, 5, 5, 10, 5, 5};
  private static final int WARM_UP_SECONDS = 10;

  private record Options(Path index, int pages, int clients, int seconds, long maxRequests, long seed) {}

  private final Options options;
  private final AtomicLong issued = new AtomicLong();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final List<long[]> memorySamples = new ArrayList<>();

  private LoadTest(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    new LoadTest(parse(args)).run();
  }

  private static Options parse(String[] args) {
    Map<String, String> values = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      values.put(args[i], args[i + 1]);
    }
    return new Options(
        Path.of(values.getOrDefault("--index", "var/load-index")),
        Integer.parseInt(values.getOrDefault("--pages", "20000")),
        Integer.parseInt(values.getOrDefault("--clients", "64")),
        Integer.parseInt(values.getOrDefault("--seconds", "60")),
        Long.parseLong(values.getOrDefault("--max-requests", "5000000")),
        Long.parseLong(values.getOrDefault("--seed", "9")));
  }

  private void run() throws Exception {
    buildIndexIfMissing();
    Process server = startServer();
    try {
      int port = awaitPort(server);
      List<String> ids = articleIds(port);
      System.out.printf("warm-up: %d s with 8 clients (not recorded)%n", WARM_UP_SECONDS);
      drive(port, ids, 8, WARM_UP_SECONDS, Long.MAX_VALUE, null);
      errors.clear();
      issued.set(0);
      System.out.printf("load: %d clients for %d s (at most %d requests) against 127.0.0.1:%d%n",
          options.clients(), options.seconds(), options.maxRequests(), port);
      List<RequestLog> logs = drive(port, ids, options.clients(), options.seconds(), options.maxRequests(), server);
      report(logs);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private void buildIndexIfMissing() throws IOException {
    if (Files.isDirectory(options.index())) {
      try (var files = Files.list(options.index())) {
        if (files.anyMatch(f -> f.getFileName().toString().startsWith("segments"))) {
          System.out.println("index: " + options.index() + " (existing)");
          return;
        }
      }
    }
    Path corpus = SyntheticCorpus.write(Files.createTempDirectory("gongbao-load-corpus"), options.pages(), options.seed());
    long start = System.nanoTime();
    IngestReport report;
    try (ArticleIndexWriter writer = new ArticleIndexWriter(options.index())) {
      report = new CorpusIngester().ingest(List.of(Path.of("corpus"), corpus), writer, CorpusIngester.Progress.NONE);
    }
    System.out.printf("index: %s built from the bundled corpus and %d synthetic pages in %.1f s%n%s",
        options.index(), options.pages(), (System.nanoTime() - start) / 1e9, report.toTable());
  }

  private Process startServer() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "gongbao.cli.GongbaoCommand",
            "serve", "--index", options.index().toString(), "--host", "127.0.0.1", "--port", "0", "--rate-limit", "0",
            "--corpus", options.index().resolve("no-corpus").toString())
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the server's output until it says where it listens; then keeps draining it. */
  private static int awaitPort(Process server) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      Matcher serving = SERVING.matcher(line);
      if (line.contains("serving") && serving.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> System.err.println("server: " + l)));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(serving.group(1));
      }
      System.err.println("server: " + line);
    }
    throw new IOException("the server ended before it served");
  }

  private static List<String> articleIds(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    JsonNode hits = JSON.readTree(client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?size=100&q=" + encode("工会"))).build(),
        HttpResponse.BodyHandlers.ofString()).body()).get("hits");
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private List<RequestLog> drive(int port, List<String> ids, int clients, int seconds, long maxRequests, Process server)
      throws Exception {
    long startNanos = System.nanoTime();
    long deadline = startNanos + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<RequestLog>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(options.seed() * 1000 + c);
      futures.add(pool.submit(() -> client(port, ids, random, startNanos, deadline, maxRequests)));
    }
    pool.shutdown();
    if (server != null) {
      sampleMemory(server, startNanos, deadline, pool);
    }
    List<RequestLog> logs = new ArrayList<>();
    for (Future<RequestLog> future : futures) {
      logs.add(future.get());
    }
    return logs;
  }

  private RequestLog client(int port, List<String> ids, Random random, long startNanos, long deadline, long maxRequests) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    RequestLog log = new RequestLog();
    while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
      int kind = pickKind(random);
      String target = target(kind, ids, random);
      long sent = System.nanoTime();
      try {
        HttpResponse<byte[]> response = http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          errors.computeIfAbsent("HTTP " + response.statusCode() + " " + KINDS.get(kind), k -> new AtomicLong()).incrementAndGet();
        }
      } catch (IOException | InterruptedException e) {
        errors.computeIfAbsent(e.getClass().getSimpleName() + " " + KINDS.get(kind), k -> new AtomicLong()).incrementAndGet();
      }
      long done = System.nanoTime();
      log.add((sent - startNanos) / 1_000_000, kind, (done - sent) / 1_000);
    }
    return log;
  }

  private static int pickKind(Random random) {
    int roll = random.nextInt(100);
    for (int kind = 0; kind < KIND_WEIGHTS.length; kind++) {
      roll -= KIND_WEIGHTS[kind];
      if (roll < 0) {
        return kind;
      }
    }
    return 0;
  }

  private static String target(int kind, List<String> ids, Random random) {
    String id = ids.isEmpty() ? "none" : encode(ids.get(random.nextInt(ids.size())));
    return switch (kind) {
      case 0 -> "/api/v1/search?q=" + encode(query(random)) + filters(random);
      case 1 -> "/?q=" + encode(query(random));
      case 2 -> "/api/v1/articles/" + id;
      case 3 -> "/articles/" + id;
      case 4 -> "/api/v1/articles/" + id + "/related";
      case 5 -> "/api/v1/trends?q=" + encode(word(random)) + (random.nextBoolean() ? "&by=paper" : "&interval=month");
      case 6 -> "/api/v1/kwic?q=" + encode(word(random)) + "&size=50";
      case 7 -> "/api/v1/suggest?prefix=" + encode(word(random).substring(0, 1));
      default -> "/api/v1/stats";
    };
  }

  private static String query(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> "\"" + word(random) + word(random) + "\"";
      case 1 -> word(random) + " OR " + word(random);
      case 2 -> "title:" + word(random);
      case 3 -> word(random) + " -" + word(random);
      default -> word(random) + " " + word(random);
    };
  }

  private static String filters(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> "&paper=zjgrb&sort=newest";
      case 1 -> "&from=2015-06-01&to=2016-06-01";
      case 2 -> "&page=" + (2 + random.nextInt(5));
      case 3 -> "&size=50&sort=oldest";
      default -> "";
    };
  }

  private static String word(Random random) {
    return SyntheticCorpus.WORDS.get(random.nextInt(SyntheticCorpus.WORDS.size()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Every second until the load ends: seconds since start, requests so far, server RSS in KB. */
  private void sampleMemory(Process server, long startNanos, long deadline, ExecutorService pool) throws Exception {
    Path status = Path.of("/proc", Long.toString(server.pid()), "status");
    while (!pool.isTerminated()) {
      long rssKb = Files.readAllLines(status).stream()
          .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
      memorySamples.add(new long[] {(System.nanoTime() - startNanos) / 1_000_000_000L, issued.get(), rssKb});
      Thread.sleep(Math.max(1, Math.min(1000, (deadline - System.nanoTime()) / 1_000_000 + 1000)));
    }
  }

  private void report(List<RequestLog> logs) {
    long total = logs.stream().mapToLong(RequestLog::size).sum();
    long lastMillis = 0;
    List<List<Long>> byKind = new ArrayList<>();
    KINDS.forEach(k -> byKind.add(new ArrayList<>()));
    Map<Long, List<Long>> byWindow = new TreeMap<>();
    List<Long> all = new ArrayList<>();
    for (RequestLog log : logs) {
      for (int i = 0; i < log.size(); i++) {
        byKind.get(log.kind(i)).add(log.latencyMicros(i));
        byWindow.computeIfAbsent(log.startMillis(i) / 10_000, w -> new ArrayList<>()).add(log.latencyMicros(i));
        all.add(log.latencyMicros(i));
        lastMillis = Math.max(lastMillis, log.startMillis(i) + log.latencyMicros(i) / 1000);
      }
    }
    System.out.printf("%nrequests %d in %.1f s = %.0f/s; errors %d %s%n", total, lastMillis / 1000.0,
        total / (lastMillis / 1000.0), errors.values().stream().mapToLong(AtomicLong::get).sum(), errors);
    System.out.println("\n| requests | count | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |\n|---|---|---|---|---|---|---|");
    System.out.println(Percentiles.of(toArray(all)).row("all"));
    for (int kind = 0; kind < KINDS.size(); kind++) {
      System.out.println(Percentiles.of(toArray(byKind.get(kind))).row(KINDS.get(kind)));
    }
    System.out.println("\n| window | count | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |\n|---|---|---|---|---|---|---|");
    byWindow.forEach((window, micros) ->
        System.out.println(Percentiles.of(toArray(micros)).row(window * 10 + "-" + (window * 10 + 10) + " s")));
    System.out.println("\n| second | requests so far | server RSS MB |\n|---|---|---|");
    for (long[] sample : memorySamples) {
      if (sample[0] % 5 == 0 || sample == memorySamples.get(memorySamples.size() - 1)) {
        System.out.printf("| %d | %d | %.0f |%n", sample[0], sample[1], sample[2] / 1024.0);
      }
    }
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
