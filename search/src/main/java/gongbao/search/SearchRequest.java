package gongbao.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search: the query string, filters, order and the page wanted — either by number, or, for deep
 * paging, by the cursor a previous page returned. Validated on construction.
 *
 * @param page 1-based; ignored when a cursor is given
 */
public record SearchRequest(
    String query, Filters filters, SortOrder sort, int page, int size, @Nullable String cursor) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** How deep numbered paging may go; past it, use the cursor. */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (query.isBlank() && filters.byDimension().isEmpty() && filters.from() == null && filters.to() == null) {
      throw new BadRequestException("parameter 'q' is required (or at least one filter, to browse)");
    }
    if (page < 1) {
      throw new BadRequestException("page must be 1 or more, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    if (beyondNumberedPages(page, size, cursor)) {
      throw new BadRequestException(
          "page " + page + " of size " + size + " lies beyond the first " + MAX_WINDOW
              + " results; follow nextCursor instead to page deeper");
    }
  }

  /** Whether a page lies past the {@value #MAX_WINDOW} results a page number reaches (a cursor reaches further). */
  public static boolean beyondNumberedPages(long page, long size, @Nullable String cursor) {
    return cursor == null && page * size > MAX_WINDOW;
  }

  /** The first page of results for a query, by relevance, unfiltered. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 1, DEFAULT_SIZE, null);
  }
}
