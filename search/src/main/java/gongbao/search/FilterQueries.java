package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.query.RegionValues;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Adds filters to a query. Facet-dimension filters become drill-downs, so that drill-sideways
 * counting can show each dimension's counts as if its own filter were not set; a region is a path
 * ({@link Filters} resolved it), and a code the gazetteer does not know drills down on the region
 * field instead, as one more alternative of the region dimension. Dates are a plain filter.
 */
final class FilterQueries {

  private FilterQueries() {}

  static DrillDownQuery drillDown(Query base, Filters filters, FacetsConfig facetsConfig) {
    return drillDown(base, filters, facetsConfig, null);
  }

  /**
   * As above, without the filter on {@code sidewaysDimension} (null for none): the query whose hits count that
   * dimension sideways.
   */
  static DrillDownQuery drillDown(
      Query base, Filters filters, FacetsConfig facetsConfig, @Nullable String sidewaysDimension) {
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, withinDates(base, filters));
    filters.byDimension().forEach((dim, values) -> {
      if (dim.equals(sidewaysDimension)) {
        return;
      }
      for (String value : values) {
        if (dim.equals(IndexSchema.FACET_REGION)) {
          addRegion(drillDown, value);
        } else {
          drillDown.add(dim, value);
        }
      }
    });
    return drillDown;
  }

  private static Query withinDates(Query base, Filters filters) {
    if (filters.from() == null && filters.to() == null) {
      return base;
    }
    long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
    long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
    return new BooleanQuery.Builder()
        .add(base, Occur.MUST)
        .add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), Occur.FILTER)
        .build();
  }

  /** A path drills down on its levels, a code the gazetteer does not know on the region field that holds codes. */
  private static void addRegion(DrillDownQuery drillDown, String pathOrCode) {
    if (RegionValues.isCode(pathOrCode)) {
      drillDown.add(IndexSchema.FACET_REGION, new TermQuery(new Term(IndexSchema.REGION, pathOrCode)));
    } else {
      drillDown.add(IndexSchema.FACET_REGION, pathOrCode.split("/"));
    }
  }
}
