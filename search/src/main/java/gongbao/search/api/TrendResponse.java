package gongbao.search.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts over time. {@code buckets} are the periods ({@code 2024} or {@code 2024-03}); each series
 * has one value per bucket: a count, or with {@code measure=share} the fraction of all articles of
 * the period, and a total over all periods (with {@code distinctStories}, each story once however many periods printed
 * it). At most 50 series, the largest; {@code seriesLeftOut} says how many
 * smaller ones were left out. {@code periodTotals} are all articles of each period, the denominator of a share.
 */
public record TrendResponse(
    String interval,
    @Nullable String by,
    String measure,
    boolean distinctStories,
    List<String> buckets,
    List<Series> series,
    int seriesLeftOut,
    List<Long> periodTotals) {

  public TrendResponse {
    buckets = List.copyOf(buckets);
    series = List.copyOf(series);
    periodTotals = List.copyOf(periodTotals);
  }

  /** One line of the chart. */
  public record Series(String key, long total, List<Double> values) {
    public Series {
      values = List.copyOf(values);
    }
  }
}
