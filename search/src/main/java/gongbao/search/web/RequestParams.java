package gongbao.search.web;

import gongbao.search.BadRequestException;
import gongbao.search.Filters;
import gongbao.search.SearchRequest;
import gongbao.search.SortOrder;
import gongbao.search.TrendRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the parameters shared by the API and the pages; bad values become 400s naming the parameter. */
final class RequestParams {

  private RequestParams() {}

  static String query(Context ctx) {
    String query = ctx.queryParam("q");
    return query == null ? "" : query;
  }

  static Filters filters(Context ctx) {
    return new Filters(
        values(ctx, "region"), values(ctx, "union"), values(ctx, "topic"), values(ctx, "paper"),
        values(ctx, "person"), values(ctx, "kind"), date(ctx, "from"), date(ctx, "to"));
  }

  static SearchRequest searchRequest(Context ctx) {
    return new SearchRequest(
        query(ctx),
        filters(ctx),
        SortOrder.parse(text(ctx, "sort", "relevance")),
        integer(ctx, "page", 1, 1, Integer.MAX_VALUE),
        integer(ctx, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE),
        ctx.queryParam("cursor"));
  }

  /** The trend parameters: interval, by, measure and distinct. */
  static TrendRequest trendRequest(Context ctx) {
    String measure = text(ctx, "measure", "count");
    if (!measure.equals("count") && !measure.equals("share")) {
      throw new BadRequestException("measure must be count or share, not '" + measure + "'");
    }
    String by = ctx.queryParam("by");
    return new TrendRequest(
        TrendRequest.Interval.parse(text(ctx, "interval", "year")),
        by == null || by.isBlank() ? null : by.strip(),
        measure.equals("share"),
        flag(ctx, "distinct"));
  }

  static List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
  }

  static String text(Context ctx, String name, String fallback) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? fallback : value.strip();
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

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("parameter '" + name + "' must be a whole number, not '" + value + "'");
    }
    if (parsed < min || parsed > max) {
      throw new BadRequestException("parameter '" + name + "' must be between " + min + " and " + max + ", not " + parsed);
    }
    return parsed;
  }

  static boolean flag(Context ctx, String name) {
    String value = text(ctx, name, "false");
    if (!value.equals("true") && !value.equals("false")) {
      throw new BadRequestException("parameter '" + name + "' must be true or false, not '" + value + "'");
    }
    return value.equals("true");
  }
}
