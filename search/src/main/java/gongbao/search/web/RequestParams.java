package gongbao.search.web;

import gongbao.search.BadRequestException;
import gongbao.search.SearchRequest;
import gongbao.search.SortOrder;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the search parameters shared by the API and the page; bad values become 400s. */
final class RequestParams {

  private RequestParams() {}

  static SearchRequest searchRequest(Context ctx) {
    String query = ctx.queryParam("q");
    if (query == null || query.isBlank()) {
      throw new BadRequestException("parameter 'q' is required");
    }
    return new SearchRequest(
        query,
        values(ctx, "paper"),
        values(ctx, "kind"),
        date(ctx, "from"),
        date(ctx, "to"),
        SortOrder.parse(orDefault(ctx.queryParam("sort"), "relevance")),
        integer(ctx, "page", 1),
        integer(ctx, "size", SearchRequest.DEFAULT_SIZE));
  }

  private static List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
  }

  private static @Nullable LocalDate date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("parameter '" + name + "' must be a date like 2024-03-22, not '" + value + "'");
    }
  }

  private static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("parameter '" + name + "' must be a whole number, not '" + value + "'");
    }
  }

  private static String orDefault(@Nullable String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
