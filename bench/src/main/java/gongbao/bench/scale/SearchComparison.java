package gongbao.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.search.SortOrder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of the server side by side, query by query, with one client: each server on its own copy of an index
 * (a server holds its index's write lock), both warmed up alike, then every query asked of both in turn, round after
 * round (which server goes first alternates), and the median latency of each query printed for both. The answers
 * must agree (total, hit ids, facet counts); a query whose answers differ is marked.
 *
 * <p>{@code bench/run SearchComparison OLD.jar OLD_INDEX NEW.jar NEW_INDEX [ROUNDS]}: the queries are the search
 * benchmark's mix and a wider one of twenty more, each ranked and newest first.
 */
public final class SearchComparison {

  private static final int WARM_UP_ROUNDS = 25;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> WIDER = List.of(
      "农民工 工资 拖欠", "全国人大 代表 建议", "人民代表大会 制度", "中央企业 改革 发展", "习近平 总书记 强调", "产业工人 队伍 建设",
      "\"劳模精神\"", "\"职工代表大会\"", "安全 生产 事故", "医疗 保险", "教育", "北京", "上海 浦东", "\"一带一路\" 合作",
      "经济 增长 -疫情", "技能 人才 培养", "扶贫 OR 脱贫", "title:工会", "\"新时代\"", "环境 保护 污染 治理");

  private SearchComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: SearchComparison OLD.jar OLD_INDEX NEW.jar NEW_INDEX [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    List<BenchQuery> queries = Stream.concat(BenchQuery.mix().stream(), WIDER.stream().flatMap(q -> Stream.of(
        BenchQuery.firstPage(q, SortOrder.RELEVANCE), BenchQuery.firstPage(q, SortOrder.NEWEST)))).toList();
    HttpClient http = HttpClient.newHttpClient();
    try (ServerProcess old = ServerProcess.start(Path.of(args[0]), Path.of(args[1]), "2g", http);
        ServerProcess now = ServerProcess.start(Path.of(args[2]), Path.of(args[3]), "2g", http)) {
      List<ServerProcess> servers = List.of(old, now);
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (BenchQuery query : queries) {
          for (ServerProcess server : servers) {
            ask(http, server, query);
          }
        }
      }
      double[][][] millis = new double[queries.size()][2][rounds];
      for (int round = 0; round < rounds; round++) {
        for (int q = 0; q < queries.size(); q++) {
          for (int k = 0; k < 2; k++) {
            int s = round % 2 == 0 ? k : 1 - k;
            long t0 = System.nanoTime();
            ask(http, servers.get(s), queries.get(q));
            millis[q][s][round] = (System.nanoTime() - t0) / 1e6;
          }
        }
      }
      print(http, servers, queries, millis);
    }
  }

  private static void print(HttpClient http, List<ServerProcess> servers, List<BenchQuery> queries,
      double[][][] millis) throws Exception {
    System.out.println("| query | sort | page | filters | hits | old ms | new ms | new / old | answers |");
    System.out.println("|---|---|---|---|---:|---:|---:|---:|---|");
    double oldSum = 0;
    double newSum = 0;
    double[] ratios = new double[queries.size()];
    for (int q = 0; q < queries.size(); q++) {
      BenchQuery query = queries.get(q);
      JsonNode oldAnswer = JSON.readTree(ask(http, servers.get(0), query));
      JsonNode newAnswer = JSON.readTree(ask(http, servers.get(1), query));
      double oldMedian = IngestBenchmark.median(millis[q][0]);
      double newMedian = IngestBenchmark.median(millis[q][1]);
      oldSum += oldMedian;
      newSum += newMedian;
      ratios[q] = newMedian / oldMedian;
      boolean same = oldAnswer.get("total").equals(newAnswer.get("total"))
          && oldAnswer.get("hits").findValues("id").equals(newAnswer.get("hits").findValues("id"))
          && oldAnswer.get("facets").equals(newAnswer.get("facets"));
      System.out.printf("| `%s` | %s | %d | %s | %,d | %.1f | %.1f | %.2f | %s |%n", query.q(),
          query.sort().name().toLowerCase(java.util.Locale.ROOT), query.page(),
          query.papers().isEmpty() && query.from() == null ? "" : "yes", newAnswer.get("total").asLong(),
          oldMedian, newMedian, newMedian / oldMedian, same ? "same" : "**differ**");
    }
    System.out.printf("%nsum of the medians: old %.1f ms, new %.1f ms (new / old %.2f); median of the ratios %.2f%n",
        oldSum, newSum, newSum / oldSum, IngestBenchmark.median(ratios));
  }

  private static String ask(HttpClient http, ServerProcess server, BenchQuery query) throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(server.base() + query.url())).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(query.url() + " answered " + response.statusCode());
    }
    return response.body();
  }
}
