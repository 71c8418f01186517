package gongbao.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a few timed requests work on the index at once, two per processor, and queues the rest in
 * arrival order. Without it, a burst of concurrent searches shares the processors so thinly that
 * every one of them runs past its time limit; with it, each runs at full speed once admitted, and
 * its time limit measures its own work, not the queue. A request that waits longer than the
 * maximum wait (30 s by default) is refused as {@link SearchBusyException}.
 */
final class SearchAdmission {

  static final int DEFAULT_PERMITS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
  static final long DEFAULT_MAX_WAIT_MILLIS = 30_000;

  /** Work that reads the index. */
  interface Task<T> {
    T run() throws IOException;
  }

  private final Semaphore permits;
  private final long maxWaitMillis;

  SearchAdmission() {
    this(DEFAULT_PERMITS, DEFAULT_MAX_WAIT_MILLIS);
  }

  SearchAdmission(int permits, long maxWaitMillis) {
    this.permits = new Semaphore(permits, true);
    this.maxWaitMillis = maxWaitMillis;
  }

  <T> T admit(Task<T> task) throws IOException {
    try {
      if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
        throw new SearchBusyException(maxWaitMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a turn at the index");
    }
    try {
      return task.run();
    } finally {
      permits.release();
    }
  }
}
