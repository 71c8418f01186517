package gongbao.ingest.index;

/** Lets numbered tickets through one at a time, in ticket order: 0, 1, 2, … */
final class Turnstile {

  private int next;

  synchronized void awaitTurn(int ticket) throws InterruptedException {
    while (next != ticket) {
      wait();
    }
  }

  synchronized void pass() {
    next++;
    notifyAll();
  }
}
