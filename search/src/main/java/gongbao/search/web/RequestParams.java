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
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the parameters shared by the API and the pages; bad values become 400s naming the parameter. */
final class RequestParams {

  /** The digits {@link Integer#parseInt} reads, of any length. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\p{Nd}+");

  private RequestParams() {}

  static String query(Context ctx) {
    String query = ctx.queryParam("q");
    return query == null ? "" : query;
  }

  static Filters filters(Context ctx) {
    return filters(ctx, date(ctx, "from"), date(ctx, "to"));
  }

  /** The filter values of the request, between the dates given. */
  static Filters filters(Context ctx, @Nullable LocalDate from, @Nullable LocalDate to) {
    return filters(name -> values(ctx, name), from, to);
  }

  /** The filters of the values {@code values} gives for each parameter name, between the dates given. */
  static Filters filters(Function<String, List<String>> values, @Nullable LocalDate from, @Nullable LocalDate to) {
    return new Filters(
        values.apply("region"), values.apply("union"), values.apply("topic"), values.apply("paper"),
        values.apply("person"), values.apply("kind"), from, to);
  }

  static SearchRequest searchRequest(Context ctx) {
    if (optional(ctx, "cursor") != null && optional(ctx, "page") != null) {
      throw new BadRequestException(
          "give page or cursor, not both: the cursor already says where the next page starts");
    }
    return new SearchRequest(
        query(ctx),
        filters(ctx),
        sort(ctx),
        page(ctx),
        size(ctx),
        optional(ctx, "cursor"));
  }

  static int page(Context ctx) {
    return integer(ctx, "page", 1, 1, Integer.MAX_VALUE);
  }

  static int size(Context ctx) {
    return integer(ctx, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
  }

  static SortOrder sort(Context ctx) {
    return SortOrder.parse(text(ctx, "sort", "relevance"));
  }

  /** The trend parameters: interval, by, measure and distinct. */
  static TrendRequest trendRequest(Context ctx) {
    return new TrendRequest(interval(ctx), optional(ctx, "by"), share(ctx), flag(ctx, "distinct"));
  }

  static TrendRequest.Interval interval(Context ctx) {
    return TrendRequest.Interval.parse(text(ctx, "interval", "year"));
  }

  /** Whether measure asks for the share of all articles rather than the count. */
  static boolean share(Context ctx) {
    String measure = text(ctx, "measure", "count");
    if (!measure.equals("count") && !measure.equals("share")) {
      throw new BadRequestException("measure must be count or share, not '" + measure + "'");
    }
    return measure.equals("share");
  }

  static List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
  }

  static String text(Context ctx, String name, String fallback) {
    String value = optional(ctx, name);
    return value == null ? fallback : value;
  }

  /** The stripped value of a parameter, or null when it is absent or blank. */
  /** The request's media type in lower case, with its parameters ({@code ; charset=…}); empty when none is given. */
  static String contentType(Context ctx) {
    return Objects.requireNonNullElse(ctx.contentType(), "").toLowerCase(Locale.ROOT);
  }

  static @Nullable String optional(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  static @Nullable LocalDate date(Context ctx, String name) {
    String value = optional(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("parameter '" + name + "' must be a date like 2024-03-22, not '" + value + "'");
    }
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    return integer(name, ctx.queryParam(name), fallback, min, max);
  }

  /** The value as an int from min to max; digits too many for an int are out of range, not malformed. */
  static int integer(String name, @Nullable String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String digits = value.strip();
    String outOfRange = "parameter '" + name + "' must be between " + min + " and " + max + ", not " + digits;
    int parsed;
    try {
      parsed = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      if (WHOLE_NUMBER.matcher(digits).matches()) {
        throw new BadRequestException(outOfRange);
      }
      throw new BadRequestException("parameter '" + name + "' must be a whole number, not '" + value + "'");
    }
    if (parsed < min || parsed > max) {
      throw new BadRequestException(outOfRange);
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
