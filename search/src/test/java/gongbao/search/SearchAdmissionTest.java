package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchAdmissionTest {

  @Test
  void more_concurrent_searches_than_permits_wait_their_turn_instead_of_all_running_slowly_past_their_limit()
      throws Exception {
    int permits = 3;
    SearchAdmission admission = new SearchAdmission(permits, 60_000);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch firstIn = new CountDownLatch(permits);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(permits * 4);
    List<Future<Integer>> searches = new ArrayList<>();
    for (int i = 0; i < permits * 4; i++) {
      int n = i;
      searches.add(pool.submit(() -> admission.admit(() -> {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        firstIn.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        return n;
      })));
    }
    firstIn.await();
    release.countDown();
    int done = 0;
    for (Future<Integer> search : searches) {
      search.get();
      done++;
    }
    pool.shutdown();
    assertEquals(permits * 4, done);
    assertEquals(permits, mostAtOnce.get());
  }

  @Test
  void a_request_that_waits_past_the_maximum_is_refused_as_busy() throws Exception {
    SearchAdmission admission = new SearchAdmission(1, 50);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<Integer> holder = pool.submit(() -> admission.admit(() -> {
      holding.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return 1;
    }));
    holding.await();
    SearchBusyException busy = assertThrows(SearchBusyException.class, () -> admission.admit(() -> 2));
    assertEquals("busy", busy.code());
    release.countDown();
    assertEquals(1, holder.get());
    assertEquals(3, admission.admit(() -> 3));
    pool.shutdown();
  }
}
