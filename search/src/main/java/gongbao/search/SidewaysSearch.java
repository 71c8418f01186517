package gongbao.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits with drill-sideways facet counts: each dimension a filter is set on is counted as if its own filter
 * were not set, so that its other values stay in view; every other dimension is counted within all the filters. One
 * pass finds the hits, their exact total and the counts within all filters; one counting pass without scores follows
 * for each filtered dimension. Lucene's {@code DrillSideways} does the same in one pass, but its scorer cannot run
 * under a time limit, and on a 200,000-article index it took up to 1.7 times as long as these passes (BENCHMARKS.md,
 * search at scale). Every pass here runs under the searcher's time limit.
 */
final class SidewaysSearch {

  private SidewaysSearch() {}

  /** The top {@code wanted} hits after {@code after} (null for the first page), exactly counted, and the facets. */
  record Result(TopFieldDocs top, Facets facets) {}

  static Result search(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, FacetsConfig facetsConfig,
      Query base, Filters filters, @Nullable FieldDoc after, int wanted, Sort sort) throws IOException {
    Query everyFilter = FilterQueries.drillDown(base, filters, facetsConfig);
    FacetsCollectorManager.FacetsResult hits =
        FacetsCollectorManager.searchAfter(searcher, after, everyFilter, wanted, sort, new FacetsCollectorManager());
    Facets withinFilters = new SortedSetDocValuesFacetCounts(facetState, hits.facetsCollector());
    Map<String, Facets> sideways = new HashMap<>();
    for (String dimension : FilterQueries.drilled(filters).keySet()) {
      Query otherFilters = FilterQueries.drillDown(base, filters, facetsConfig, dimension);
      FacetsCollector counted = searcher.search(otherFilters, new FacetsCollectorManager());
      sideways.put(dimension, new SortedSetDocValuesFacetCounts(facetState, counted));
    }
    return new Result((TopFieldDocs) hits.topDocs(),
        sideways.isEmpty() ? withinFilters : new MultiFacets(sideways, withinFilters));
  }
}
