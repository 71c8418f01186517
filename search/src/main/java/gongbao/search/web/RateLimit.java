package gongbao.search.web;

/**
 * How many requests one client address may make: {@code burst} at once, then {@code
 * requestsPerSecond} on average. Clients are told apart by address only, so behind a reverse proxy
 * the proxy must be trusted to limit instead (or the limit switched off).
 */
public record RateLimit(double requestsPerSecond, int burst) {

  /** No limit. */
  public static final RateLimit OFF = new RateLimit(0, 0);

  /** Generous for people and scripts that pace themselves: 20 a second on average, 200 at once. */
  public static final RateLimit DEFAULT = new RateLimit(20, 200);

  public RateLimit {
    if (requestsPerSecond < 0 || Double.isNaN(requestsPerSecond) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException("requestsPerSecond must be a number of at least 0, not " + requestsPerSecond);
    }
    if (requestsPerSecond > 0 && burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1, not " + burst);
    }
  }

  /** A limit of {@code requestsPerSecond} with a burst of ten seconds' worth; 0 switches it off. */
  public static RateLimit perSecond(double requestsPerSecond) {
    return requestsPerSecond == 0 ? OFF : new RateLimit(requestsPerSecond, (int) Math.max(1, Math.ceil(requestsPerSecond * 10)));
  }

  public boolean off() {
    return requestsPerSecond == 0;
  }
}
