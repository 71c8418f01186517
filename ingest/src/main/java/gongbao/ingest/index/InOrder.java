package gongbao.ingest.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a step to numbered items strictly in number order (0, 1, 2, …) without making the threads
 * that hand them in wait for each other: an item that arrives early is parked, and whichever thread
 * hands in the item that was due applies the step to it and to every parked item that follows it. The
 * step runs under this object's lock, so it must be short (reprint-cluster assignment is). So that
 * parked items cannot pile up behind one slow item, a thread asks for room before it starts a new one.
 *
 * @param <T> the items
 */
final class InOrder<T> {

  private final UnaryOperator<T> step;
  private final Map<Integer, T> parked = new HashMap<>();
  private int next;

  InOrder(UnaryOperator<T> step) {
    this.step = step;
  }

  /**
   * Hands in item {@code number}; returns the items this call stepped, in order (empty when an
   * earlier item is still missing). Every number from 0 must be handed in exactly once.
   */
  synchronized List<T> handIn(int number, T item) {
    if (number < next || parked.containsKey(number)) {
      throw new IllegalArgumentException("item " + number + " was handed in already");
    }
    parked.put(number, item);
    List<T> stepped = new ArrayList<>();
    while (parked.containsKey(next)) {
      stepped.add(step.apply(parked.remove(next)));
      next++;
    }
    if (!stepped.isEmpty()) {
      notifyAll();
    }
    return stepped;
  }

  /** Waits while {@code limit} or more items are parked. */
  synchronized void awaitRoom(int limit) throws InterruptedException {
    while (parked.size() >= limit) {
      wait();
    }
  }
}
