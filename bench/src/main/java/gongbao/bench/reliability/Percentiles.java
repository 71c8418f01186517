package gongbao.bench.reliability;

import java.util.Arrays;

/** Latency percentiles of a set of samples, in milliseconds. */
record Percentiles(int count, double p50, double p90, double p99, double p999, double max) {

  static Percentiles of(long[] micros) {
    if (micros.length == 0) {
      return new Percentiles(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999),
        sorted[sorted.length - 1] / 1000.0);
  }

  private static double at(long[] sorted, double quantile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1000.0;
  }

  String row(String label) {
    return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", label, count, p50, p90, p99, p999, max);
  }
}
