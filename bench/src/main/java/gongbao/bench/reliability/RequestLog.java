package gongbao.bench.reliability;

import java.util.Arrays;

/** One client's record of its requests: when each started, what kind it was, how long it took. */
final class RequestLog {

  private long[] startMillis = new long[1024];
  private long[] latencyMicros = new long[1024];
  private int[] kinds = new int[1024];
  private int size;

  void add(long startOffsetMillis, int kind, long micros) {
    if (size == startMillis.length) {
      startMillis = Arrays.copyOf(startMillis, size * 2);
      latencyMicros = Arrays.copyOf(latencyMicros, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
    }
    startMillis[size] = startOffsetMillis;
    latencyMicros[size] = micros;
    kinds[size] = kind;
    size++;
  }

  int size() {
    return size;
  }

  long startMillis(int i) {
    return startMillis[i];
  }

  long latencyMicros(int i) {
    return latencyMicros[i];
  }

  int kind(int i) {
    return kinds[i];
  }
}
