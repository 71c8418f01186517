package gongbao.bench.scale;

import gongbao.bench.RmrbRecord;
import gongbao.bench.SharedData;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.query.LuceneQueryBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.FSDirectory;

/**
 * Search at scale, side by side in one run: the fixed query mix through the HTTP API of a real server
 * process, and the same queries through a raw Lucene {@link IndexSearcher} in this process, at 1, 8
 * and 32 concurrent clients, over an index of the rmrb articles repeated (20 × 10,007 by default).
 *
 * <p>Usage: {@code bench/run SearchBenchmark [--copies N] [--index DIR] [--requests N] [--rebuild]}
 */
public final class SearchBenchmark {

  private static final int FACET_VALUES = 20;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int copies = intArg(args, "--copies", 20);
    int requests = intArg(args, "--requests", 640);
    Path indexDir = Path.of(stringArg(args, "--index", "var/bench/scale-index"));
    if (List.of(args).contains("--rebuild") && Files.exists(ScaleIndex.completeMarker(indexDir, copies))) {
      Files.delete(ScaleIndex.completeMarker(indexDir, copies));
    }
    List<RmrbRecord> records = RmrbRecord.readAll(SharedData.require(RmrbRecord.FILE));
    long textChars = records.stream().mapToLong(RmrbRecord::length).sum() * copies;
    System.err.printf("building or reusing an index of %,d articles in %s%n", records.size() * copies, indexDir);
    double buildSeconds = ScaleIndex.ensure(indexDir, records, copies, Runtime.getRuntime().availableProcessors());

    List<BenchQuery> mix = BenchQuery.mix();
    LuceneQueryBuilder builder = new LuceneQueryBuilder();
    List<Query> queries = mix.stream().map(q -> q.lucene(builder)).toList();
    List<Sort> sorts = mix.stream().map(BenchQuery::luceneSort).toList();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    System.out.printf("# Search benchmark: %,d articles (%d copies of rmrb), %,d characters of text%n",
        records.size() * copies, copies, textChars);
    System.out.printf("index size: %.1f MiB (%.2f bytes per character of text)%s%n",
        directoryBytes(indexDir) / 1048576.0, directoryBytes(indexDir) / (double) textChars,
        buildSeconds > 0 ? String.format(", built in %.0f s", buildSeconds) : "");

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir));
        ServerProcess server = ServerProcess.start(Path.of("search/target/gongbao.jar"), indexDir, "2g", http)) {
      IndexSearcher raw = new IndexSearcher(reader);
      LoadRunner.Request rawRequest = i -> {
        BenchQuery q = mix.get(i);
        raw.search(queries.get(i), q.page() * BenchQuery.SIZE, sorts.get(i), false);
        return true;
      };
      SortedSetDocValuesReaderState facetState = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
      LoadRunner.Request rawWithFacetsRequest = i -> {
        BenchQuery q = mix.get(i);
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
            raw, queries.get(i), q.page() * BenchQuery.SIZE, sorts.get(i), new FacetsCollectorManager());
        new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector()).getAllDims(FACET_VALUES);
        raw.count(queries.get(i));
        return true;
      };
      List<URI> urls = mix.stream().map(q -> URI.create(server.base() + q.url())).toList();
      LoadRunner.Request apiRequest = i -> {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(urls.get(i)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200;
      };
      System.out.printf("server start-up to first answer: %.0f ms%n", server.startMillis());
      for (LoadRunner.Request warmUp : List.of(rawRequest, rawWithFacetsRequest, apiRequest)) {
        LoadRunner.run(2, mix.size() * 2, mix.size(), warmUp);
      }
      System.out.printf("server RSS after warm-up: %.0f MiB%n%n", server.rssMiB());

      System.out.println("Latencies in ms. raw = IndexSearcher top-k only; raw+f = top-k, exact count and facet counts"
          + " (the work a search response needs); API = HTTP round trip to the server process.");
      System.out.println();
      System.out.println("| clients | raw p50 | raw p95 | raw p99 | raw q/s "
          + "| raw+f p50 | raw+f p95 | raw+f p99 | raw+f q/s "
          + "| API p50 | API p95 | API p99 | API q/s | API errors | p99 API/raw | p99 API/raw+f |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
      for (int clients : new int[] {1, 8, 32}) {
        int perClient = Math.max(mix.size(), requests / clients);
        Latencies rawRun = LoadRunner.run(clients, perClient, mix.size(), rawRequest);
        Latencies facetRun = LoadRunner.run(clients, perClient, mix.size(), rawWithFacetsRequest);
        Latencies apiRun = LoadRunner.run(clients, perClient, mix.size(), apiRequest);
        System.out.printf("| %d | %s | %.0f | %s | %.0f | %s | %.0f | %d | %.2f | %.2f |%n",
            clients, percentiles(rawRun), rawRun.perSecond(), percentiles(facetRun), facetRun.perSecond(),
            percentiles(apiRun), apiRun.perSecond(),
            apiRun.errors(), apiRun.percentileMillis(99) / rawRun.percentileMillis(99),
            apiRun.percentileMillis(99) / facetRun.percentileMillis(99));
      }
      System.out.printf("%nserver RSS after the runs: %.0f MiB%n", server.rssMiB());
    }
  }

  /** p50, p95 and p99 in ms, as three table cells. */
  private static String percentiles(Latencies run) {
    return String.format(
        "%.1f | %.1f | %.1f", run.percentileMillis(50), run.percentileMillis(95), run.percentileMillis(99));
  }

  private static long directoryBytes(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  static int intArg(String[] args, String name, int fallback) {
    return Integer.parseInt(stringArg(args, name, String.valueOf(fallback)));
  }

  static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
