package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.TrendResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matches per period and series in one pass over doc values; the denominators of a share are counted the same
 * way over every article within the filters (grrb's articles of the year, for a share of grrb's articles). The periods
 * run without a gap from the first to the last that holds an article within the filters, so that a chart's axis is
 * time; articles without a date are left out.
 */
final class TrendCounter {

  /** Enough for every province (34) and every topic; of more unions or papers the most frequent are kept. */
  static final int MAX_SERIES = 50;
  private static final String ALL = "全部";

  private TrendCounter() {}

  /** Period → series → counted keys (article or cluster ids as ordinals-free strings). */
  private static final class Tally {
    final Map<String, Map<String, Set<String>>> distinct = new TreeMap<>();
    final Map<String, Map<String, Long>> counts = new TreeMap<>();

    void add(String period, String series, String storyKey, boolean distinctStories) {
      if (distinctStories) {
        distinct.computeIfAbsent(period, p -> new HashMap<>()).computeIfAbsent(series, s -> new HashSet<>()).add(storyKey);
      } else {
        counts.computeIfAbsent(period, p -> new HashMap<>()).merge(series, 1L, Long::sum);
      }
    }

    long get(String period, String series, boolean distinctStories) {
      if (distinctStories) {
        Set<String> keys = distinct.getOrDefault(period, Map.of()).get(series);
        return keys == null ? 0 : keys.size();
      }
      return counts.getOrDefault(period, Map.of()).getOrDefault(series, 0L);
    }

    TreeSet<String> periods() {
      TreeSet<String> periods = new TreeSet<>(distinct.keySet());
      periods.addAll(counts.keySet());
      return periods;
    }
  }

  /**
   * @param query the matches
   * @param withinFilters every article within the request's filters, the query aside: the denominators
   */
  static TrendResponse count(IndexSnapshot snapshot, Query query, Query withinFilters, TrendRequest request)
      throws IOException {
    Tally matches = tally(snapshot, query, request, request.by());
    Tally everything = tally(snapshot, withinFilters, request, null);
    List<String> periods = withoutGaps(everything.periods(), request.interval());

    Map<String, Long> seriesTotals = seriesTotals(matches, periods, request.distinctStories());
    List<String> keys = seriesTotals.keySet().stream()
        .sorted(Comparator.comparing((String k) -> -seriesTotals.get(k)).thenComparing(k -> k))
        .limit(MAX_SERIES)
        .toList();
    List<Long> periodTotals = periods.stream().map(p -> everything.get(p, ALL, request.distinctStories())).toList();
    List<TrendResponse.Series> series = new ArrayList<>();
    for (String key : keys) {
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        long n = matches.get(periods.get(i), key, request.distinctStories());
        long all = periodTotals.get(i);
        values.add(request.share() ? (all == 0 ? 0.0 : (double) n / all) : (double) n);
      }
      series.add(new TrendResponse.Series(key, seriesTotals.get(key), values));
    }
    return new TrendResponse(
        request.interval().name().toLowerCase(java.util.Locale.ROOT), request.by(),
        request.share() ? "share" : "count", request.distinctStories(), periods, series,
        seriesTotals.size() - keys.size(), periodTotals);
  }

  /**
   * Each series' matches over all periods: articles, or with distinct stories the stories, each once however many
   * periods it was printed in.
   */
  private static Map<String, Long> seriesTotals(Tally matches, List<String> periods, boolean distinctStories) {
    Map<String, Long> totals = new HashMap<>();
    if (!distinctStories) {
      periods.forEach(period -> matches.counts.getOrDefault(period, Map.of()).forEach(
          (series, n) -> totals.merge(series, n, Long::sum)));
      return totals;
    }
    Map<String, Set<String>> stories = new HashMap<>();
    periods.forEach(period -> matches.distinct.getOrDefault(period, Map.of()).forEach(
        (series, keys) -> stories.computeIfAbsent(series, s -> new HashSet<>()).addAll(keys)));
    stories.forEach((series, keys) -> totals.put(series, (long) keys.size()));
    return totals;
  }

  /** Every period from the first of {@code held} to the last, in order. */
  private static List<String> withoutGaps(TreeSet<String> held, TrendRequest.Interval interval) {
    List<String> periods = new ArrayList<>();
    if (held.isEmpty()) {
      return periods;
    }
    String first = held.first();
    String last = held.last();
    if (interval == TrendRequest.Interval.YEAR) {
      for (int year = Integer.parseInt(first); year <= Integer.parseInt(last); year++) {
        periods.add(String.valueOf(year));
      }
    } else {
      YearMonth end = YearMonth.parse(last);
      for (YearMonth month = YearMonth.parse(first); !month.isAfter(end); month = month.plusMonths(1)) {
        periods.add(month.toString());
      }
    }
    return periods;
  }

  private static Tally tally(IndexSnapshot snapshot, Query query, TrendRequest request, String by) throws IOException {
    Tally tally = new Tally();
    snapshot.searcher().search(query, new SimpleCollector() {
      NumericDocValues dates;
      SortedDocValues clusters;
      SortedSetDocValues facets;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        dates = reader.getNumericDocValues(IndexSchema.DATE);
        clusters = reader.getSortedDocValues(IndexSchema.CLUSTER);
        facets = by == null ? null : reader.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (dates == null || !dates.advanceExact(doc)) {
          return;
        }
        LocalDate date = LocalDate.ofEpochDay(dates.longValue());
        String period = request.interval() == TrendRequest.Interval.YEAR
            ? String.valueOf(date.getYear())
            : String.format("%04d-%02d", date.getYear(), date.getMonthValue());
        String story = clusters != null && clusters.advanceExact(doc)
            ? clusters.lookupOrd(clusters.ordValue()).utf8ToString()
            : String.valueOf(doc);
        if (by == null) {
          tally.add(period, ALL, story, request.distinctStories());
          return;
        }
        if (facets == null || !facets.advanceExact(doc)) {
          return;
        }
        for (int i = 0; i < facets.docValueCount(); i++) {
          String[] path = FacetsConfig.stringToPath(facets.lookupOrd(facets.nextOrd()).utf8ToString());
          if (path.length == 2 && path[0].equals(by)) {
            tally.add(period, path[1], story, request.distinctStories());
          }
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return tally;
  }
}
