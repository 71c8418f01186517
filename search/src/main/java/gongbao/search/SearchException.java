package gongbao.search;

/**
 * Root of every failure the search module reports to its callers. Each subclass is a cause the caller
 * can act on; {@link #code()} is the stable machine-readable name used in error responses.
 */
public abstract class SearchException extends RuntimeException {

  protected SearchException(String message) {
    super(message);
  }

  /** A short stable name, e.g. {@code bad_query}. */
  public abstract String code();
}
