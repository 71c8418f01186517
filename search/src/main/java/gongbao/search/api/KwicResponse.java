package gongbao.search.api;

import java.util.List;

/** Keyword-in-context lines: plain text (not HTML), the match between its left and right context. */
public record KwicResponse(String query, long total, List<Line> lines) {

  public KwicResponse {
    lines = List.copyOf(lines);
  }

  /** One occurrence of a query term. */
  public record Line(String id, String title, String left, String match, String right) {}
}
