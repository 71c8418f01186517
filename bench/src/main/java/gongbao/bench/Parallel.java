package gongbao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs work split into parts, one thread per part, and waits for all of them. */
public final class Parallel {

  /** The work of one part: part {@code part} of {@code parts} takes items part, part + parts, … */
  public interface Part {
    void run(int part, int parts) throws Exception;
  }

  private Parallel() {}

  /** Runs {@code parts} parts on as many threads; the first failure is thrown. */
  public static void run(int parts, Part work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parts);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int part = 0; part < parts; part++) {
        int p = part;
        running.add(pool.submit(() -> {
          work.run(p, parts);
          return null;
        }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
