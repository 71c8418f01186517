package gongbao.search.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results. {@code total} counts every match, not just this page; {@code facets}
 * counts them per dimension, each dimension as if its own filter were not set (multi-select);
 * {@code nextCursor} fetches the page after this one, or is null on the last page.
 */
public record SearchResponse(
    String query,
    long total,
    long tookMillis,
    int page,
    int size,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    @Nullable String nextCursor) {

  public SearchResponse {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // dimensions stay in the order given
  }
}
