package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How to count a trend.
 *
 * @param by a facet dimension to split the counts by (region: by province), or null for one series
 * @param share true to divide each count by all articles of the period
 * @param distinctStories true to count a reprinted story once
 */
public record TrendRequest(Interval interval, @Nullable String by, boolean share, boolean distinctStories) {

  /** Width of a time bucket. */
  public enum Interval {
    YEAR,
    MONTH;

    public static Interval parse(String value) {
      try {
        return valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("interval must be year or month, not '" + value + "'");
      }
    }
  }

  static final List<String> SPLITTABLE =
      List.of(IndexSchema.FACET_TOPIC, IndexSchema.FACET_REGION, IndexSchema.FACET_UNION, IndexSchema.FACET_PAPER);

  public TrendRequest {
    if (by != null && !SPLITTABLE.contains(by)) {
      throw new BadRequestException("by must be one of " + String.join(", ", SPLITTABLE) + ", not '" + by + "'");
    }
  }
}
