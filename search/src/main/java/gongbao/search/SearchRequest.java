package gongbao.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search: the query string, filters (each repeatable: any of the given values), order and the page
 * wanted. Validated on construction.
 *
 * @param page 1-based
 */
public record SearchRequest(
    String query,
    List<String> papers,
    List<String> kinds,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    SortOrder sort,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** How deep plain paging may go; past it, results must be narrowed. */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    papers = List.copyOf(papers);
    kinds = List.copyOf(kinds);
    Objects.requireNonNull(sort, "sort");
    if (page < 1) {
      throw new BadRequestException("page must be 1 or more, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new BadRequestException(
          "page " + page + " of size " + size + " lies beyond the first " + MAX_WINDOW + " results; narrow the search");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** The first page of results for a query, by relevance, unfiltered. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, DEFAULT_SIZE);
  }
}
