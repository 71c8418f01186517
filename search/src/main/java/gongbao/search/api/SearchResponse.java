package gongbao.search.api;

import java.util.List;

/** A page of search results. {@code total} counts every match, not just this page. */
public record SearchResponse(
    String query, long total, long tookMillis, int page, int size, List<SearchHit> hits) {

  public SearchResponse {
    hits = List.copyOf(hits);
  }
}
