package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private ClientRateLimiter limiter(double perSecond, int burst) {
    return new ClientRateLimiter(new RateLimit(perSecond, burst), nanos::get);
  }

  @Test
  void a_client_may_send_its_burst_at_once_then_is_told_when_to_retry() {
    ClientRateLimiter limiter = limiter(2, 3);
    for (int i = 0; i < 3; i++) {
      assertEquals(OptionalLong.empty(), limiter.take("10.0.0.1"));
    }
    assertEquals(OptionalLong.of(1), limiter.take("10.0.0.1"));
  }

  @Test
  void tokens_come_back_at_the_rate_and_never_beyond_the_burst() {
    ClientRateLimiter limiter = limiter(2, 3);
    for (int i = 0; i < 3; i++) {
      limiter.take("a");
    }
    nanos.addAndGet(500_000_000L);
    assertEquals(OptionalLong.empty(), limiter.take("a"));
    assertTrue(limiter.take("a").isPresent());
    nanos.addAndGet(3_600_000_000_000L);
    for (int i = 0; i < 3; i++) {
      assertEquals(OptionalLong.empty(), limiter.take("a"));
    }
    assertTrue(limiter.take("a").isPresent());
  }

  @Test
  void retry_after_is_the_whole_seconds_until_the_next_token() {
    ClientRateLimiter limiter = limiter(0.1, 1);
    limiter.take("a");
    assertEquals(OptionalLong.of(10), limiter.take("a"));
  }

  @Test
  void clients_have_separate_budgets() {
    ClientRateLimiter limiter = limiter(1, 1);
    assertEquals(OptionalLong.empty(), limiter.take("a"));
    assertTrue(limiter.take("a").isPresent());
    assertEquals(OptionalLong.empty(), limiter.take("b"));
  }

  @Test
  void the_number_of_tracked_clients_stays_bounded_under_many_addresses() {
    ClientRateLimiter limiter = limiter(1, 5);
    for (int i = 0; i < ClientRateLimiter.MAX_TRACKED_CLIENTS * 2 + 7; i++) {
      limiter.take("client-" + i);
    }
    assertTrue(limiter.trackedClients() <= ClientRateLimiter.MAX_TRACKED_CLIENTS, "tracked " + limiter.trackedClients());
  }

  @Test
  void a_limit_must_be_a_rate_of_zero_or_more_with_a_burst_of_one_or_more() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(Double.NaN, 5));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(5, 0));
    assertTrue(RateLimit.perSecond(0).off());
    assertEquals(new RateLimit(20, 200), RateLimit.perSecond(20));
  }
}
