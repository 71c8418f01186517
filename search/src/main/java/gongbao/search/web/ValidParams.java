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
    return orDefault(() -> RequestParams.filters(name -> validValues(ctx, name), validFrom, validTo),
        RequestParams.filters(name -> List.of(), validFrom, validTo));
  }

  /** The values of a filter parameter that its dimension accepts (a region that names one place, a kind). */
  private static List<String> validValues(Context ctx, String name) {
    Consumer<String> check = switch (name) {
      case "region" -> RegionValues::filterValue;
      case "kind" -> Filters::checkKind;
      default -> value -> {};
    };
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
