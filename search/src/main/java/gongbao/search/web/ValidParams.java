package gongbao.search.web;

import gongbao.search.BadRequestException;
import gongbao.search.Filters;
import gongbao.search.SortOrder;
import gongbao.search.TrendRequest;
import gongbao.search.query.RegionValues;
import gongbao.search.web.html.SearchLink;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a page keeps of a refused request for the form it shows with the refusal: every parameter
 * that is valid, each refused one at its default, so that the form resubmits without the error.
 */
final class ValidParams {

  private ValidParams() {}

  /** The query, the filters and the order, without a malformed or misordered date or a bad order. */
  static SearchLink search(Context ctx) {
    SortOrder sort = orDefault(() -> RequestParams.sort(ctx), SortOrder.RELEVANCE);
    return new SearchLink(RequestParams.query(ctx), filters(ctx), sort);
  }

  /** The filters without a refused region or kind, a malformed or misordered date; none if they are too many. */
  static Filters filters(Context ctx) {
    LocalDate from = orDefault(() -> RequestParams.date(ctx, "from"), null);
    LocalDate to = orDefault(() -> RequestParams.date(ctx, "to"), null);
    boolean ordered = from == null || to == null || !from.isAfter(to);
    LocalDate validFrom = ordered ? from : null;
    LocalDate validTo = ordered ? to : null;
    return orDefault(() -> new Filters(
        valid(ctx, "region", RegionValues::filterValue), RequestParams.values(ctx, "union"),
        RequestParams.values(ctx, "topic"), RequestParams.values(ctx, "paper"), RequestParams.values(ctx, "person"),
        valid(ctx, "kind", Filters::checkKind), validFrom, validTo),
        new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), validFrom, validTo));
  }

  /** The values of a parameter that {@code check} accepts. */
  private static List<String> valid(Context ctx, String name, Consumer<String> check) {
    return RequestParams.values(ctx, name).stream()
        .filter(value -> orDefault(() -> {
          check.accept(value);
          return true;
        }, false))
        .toList();
  }

  static TrendRequest trendRequest(Context ctx) {
    TrendRequest.Interval interval = orDefault(() -> RequestParams.interval(ctx), TrendRequest.Interval.YEAR);
    boolean share = orDefault(() -> RequestParams.share(ctx), false);
    boolean distinct = orDefault(() -> RequestParams.flag(ctx, "distinct"), false);
    return orDefault(() -> new TrendRequest(interval, RequestParams.optional(ctx, "by"), share, distinct),
        new TrendRequest(interval, null, share, distinct));
  }

  private static <T extends @Nullable Object> T orDefault(Supplier<T> read, T fallback) {
    try {
      return read.get();
    } catch (BadRequestException e) {
      return fallback;
    }
  }
}
