package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InOrderTest {

  @Test
  void an_early_item_is_parked_and_stepped_by_whoever_hands_in_the_item_that_was_due() {
    List<Integer> steps = new ArrayList<>();
    InOrder<Integer> inOrder = new InOrder<>(item -> {
      steps.add(item);
      return item * 10;
    });
    assertEquals(List.of(), inOrder.handIn(1, 1));
    assertEquals(List.of(), inOrder.handIn(2, 2));
    assertEquals(List.of(0, 10, 20), inOrder.handIn(0, 0));
    assertEquals(List.of(30), inOrder.handIn(3, 3));
    assertEquals(List.of(0, 1, 2, 3), steps);
  }

  @Test
  void an_item_handed_in_twice_is_refused() {
    InOrder<String> inOrder = new InOrder<>(item -> item);
    inOrder.handIn(0, "a");
    inOrder.handIn(2, "c");
    assertThrows(IllegalArgumentException.class, () -> inOrder.handIn(0, "a"));
    assertThrows(IllegalArgumentException.class, () -> inOrder.handIn(2, "c"));
  }

  @Test
  void room_is_given_once_the_parked_items_are_stepped() throws Exception {
    InOrder<Integer> inOrder = new InOrder<>(item -> item);
    inOrder.handIn(1, 1);
    inOrder.handIn(2, 2);
    CountDownLatch waited = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> waiting = pool.submit(() -> {
        inOrder.awaitRoom(2);
        waited.countDown();
        return null;
      });
      assertTrue(!waited.await(200, TimeUnit.MILLISECONDS), "two items parked: no room yet");
      inOrder.handIn(0, 0);
      waiting.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void many_threads_handing_in_shuffled_numbers_get_every_item_stepped_once_in_order() throws Exception {
    int items = 2_000;
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      numbers.add(i);
    }
    Collections.shuffle(numbers, new java.util.Random(7));
    List<Integer> steps = Collections.synchronizedList(new ArrayList<>());
    InOrder<Integer> inOrder = new InOrder<>(item -> {
      steps.add(item);
      return item;
    });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Integer>>> parts = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int part = t;
        parts.add(pool.submit(() -> {
          List<Integer> stepped = new ArrayList<>();
          for (int i = part; i < items; i += 4) {
            stepped.addAll(inOrder.handIn(numbers.get(i), numbers.get(i)));
          }
          return stepped;
        }));
      }
      int total = 0;
      for (Future<List<Integer>> part : parts) {
        total += part.get(30, TimeUnit.SECONDS).size();
      }
      assertEquals(items, total);
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < items; i++) {
      assertEquals(i, steps.get(i));
    }
  }
}
