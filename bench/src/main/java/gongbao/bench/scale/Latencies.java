package gongbao.bench.scale;

import java.util.Arrays;

/** Latencies of one load run and what they add up to. */
record Latencies(long[] nanos, int errors, double seconds) {

  double percentileMillis(double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  double perSecond() {
    return nanos.length / seconds;
  }
}
