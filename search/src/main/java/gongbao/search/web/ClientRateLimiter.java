package gongbao.search.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address. A request takes a token; tokens come back at the limit's rate
 * up to its burst. A client without a token is answered 429 with {@code Retry-After}. Memory is
 * bounded: past {@link #MAX_TRACKED_CLIENTS} addresses, the buckets that have filled up again (idle
 * clients, indistinguishable from new ones) are dropped, and if that is not enough, all are.
 */
final class ClientRateLimiter {

  static final int MAX_TRACKED_CLIENTS = 100_000;

  private final RateLimit limit;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  ClientRateLimiter(RateLimit limit, LongSupplier nanoClock) {
    this.limit = limit;
    this.nanoClock = nanoClock;
  }

  /** A Javalin before-handler. */
  void check(Context ctx) {
    if (limit.off() || ctx.path().equals("/healthz")) {
      return; // a monitor's health checks must not be refused, nor use up the address's searches
    }
    OptionalLong retryAfterSeconds = take(ctx.ip());
    if (retryAfterSeconds.isPresent()) {
      ctx.header("Retry-After", Long.toString(retryAfterSeconds.getAsLong()));
      throw new HttpResponseException(
          HttpStatus.TOO_MANY_REQUESTS.getCode(),
          "too many requests from your address: at most " + limit.burst() + " at once and "
              + limit.requestsPerSecond() + " a second; retry after " + retryAfterSeconds.getAsLong() + " s");
    }
  }

  /** Empty if {@code client} may go ahead (a token is taken), else the whole seconds to wait. */
  OptionalLong take(String client) {
    long now = nanoClock.getAsLong();
    if (buckets.size() >= MAX_TRACKED_CLIENTS && !buckets.containsKey(client)) {
      buckets.values().removeIf(bucket -> bucket.fullAt(now));
      if (buckets.size() >= MAX_TRACKED_CLIENTS) {
        buckets.clear();
      }
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
  }

  int trackedClients() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens;
    private long updatedNanos;

    Bucket(long now) {
      this.tokens = limit.burst();
      this.updatedNanos = now;
    }

    synchronized OptionalLong take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return OptionalLong.empty();
      }
      return OptionalLong.of((long) Math.max(1, Math.ceil((1 - tokens) / limit.requestsPerSecond())));
    }

    synchronized boolean fullAt(long now) {
      refill(now);
      return tokens >= limit.burst();
    }

    private void refill(long now) {
      long elapsed = Math.max(0, now - updatedNanos);
      tokens = Math.min(limit.burst(), tokens + elapsed * limit.requestsPerSecond() / 1e9);
      updatedNanos = now;
    }
  }
}
