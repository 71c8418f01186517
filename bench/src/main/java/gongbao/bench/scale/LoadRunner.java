package gongbao.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a fixed number of requests from a list with N concurrent clients, each client cycling through
 * the list from its own offset; records every request's latency. Bounded in count: it always ends.
 */
final class LoadRunner {

  /** One request; true when it succeeded. */
  interface Request {
    boolean run(int index) throws Exception;
  }

  private LoadRunner() {}

  static Latencies run(int clients, int requestsPerClient, int kinds, Request request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<long[]>> results = new ArrayList<>();
    int[] errors = new int[clients];
    for (int c = 0; c < clients; c++) {
      int client = c;
      results.add(pool.submit(() -> {
        long[] nanos = new long[requestsPerClient];
        for (int i = 0; i < requestsPerClient; i++) {
          long t0 = System.nanoTime();
          boolean ok;
          try {
            ok = request.run((client * 7 + i) % kinds);
          } catch (Exception e) {
            ok = false;
          }
          nanos[i] = System.nanoTime() - t0;
          if (!ok) {
            errors[client]++;
          }
        }
        return nanos;
      }));
    }
    long[] all = new long[clients * requestsPerClient];
    int at = 0;
    for (Future<long[]> result : results) {
      long[] part = result.get();
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    int errorCount = 0;
    for (int e : errors) {
      errorCount += e;
    }
    return new Latencies(all, errorCount, seconds);
  }
}
