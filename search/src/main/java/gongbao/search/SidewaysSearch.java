package gongbao.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits with drill-sideways facet counts: each dimension a filter is set on is counted as if its own filter
 * were not set, so that its other values stay in view; every other dimension is counted within all the filters. One
 * pass finds the hits, their exact total and the counts within all filters (or, ranked apart, two: Lucene's top-k finds
 * the hits, skipping those that cannot make the page, then a pass without scores counts every hit); one counting pass
 * without scores follows for each filtered dimension. Lucene's {@code DrillSideways} does the same in one pass, but its
 * scorer cannot run under a time limit, and on a 200,000-article index it took up to 1.7 times as long as these passes
 * (BENCHMARKS.md, search at scale). Every pass here runs under the searcher's time limit.
 */
final class SidewaysSearch {

  private SidewaysSearch() {}

  /**
   * The top {@code wanted} hits after {@code after} (null for the first page), their exact {@code total} (the total
   * {@code top} carries is a lower bound when ranked apart), and the facet counts: within every filter, and for each
   * filtered dimension without its own filter.
   */
  record Result(TopFieldDocs top, long total, FacetCounts withinFilters, Map<String, FacetCounts> sideways) {

    /** The counts to show for {@code dimension}. */
    FacetCounts countsOf(String dimension) {
      return sideways.getOrDefault(dimension, withinFilters);
    }
  }

  /** @param rankApart rank in a pass of its own, which pays for a ranked query of one word (see the callers) */
  static Result search(IndexSearcher searcher, FacetOrdinals facets, FacetsConfig facetsConfig, Query base,
      Filters filters, @Nullable FieldDoc after, int wanted, Sort sort, boolean rankApart) throws IOException {
    Query everyFilter = FilterQueries.drillDown(base, filters, facetsConfig);
    TopFieldDocs top;
    FacetCountingCollector hits;
    if (rankApart) {
      // the page is found by scoring only the hits that can make it, then every hit is counted unscored
      top = searcher.search(everyFilter, new TopFieldCollectorManager(sort, wanted, after, wanted));
      hits = new FacetCountingCollector(facets, null);
      searcher.search(everyFilter, hits);
    } else {
      TopFieldCollector page = new TopFieldCollectorManager(sort, wanted, after, Integer.MAX_VALUE).newCollector();
      hits = new FacetCountingCollector(facets, page);
      searcher.search(everyFilter, hits);
      top = page.topDocs();
    }
    Map<String, FacetCounts> sideways = new HashMap<>();
    for (String dimension : filters.byDimension().keySet()) {
      Query otherFilters = FilterQueries.drillDown(base, filters, facetsConfig, dimension);
      FacetCountingCollector counted = new FacetCountingCollector(facets, null);
      searcher.search(otherFilters, counted);
      sideways.put(dimension, counted.counts());
    }
    return new Result(top, hits.hitCount(), hits.counts(), sideways);
  }
}
