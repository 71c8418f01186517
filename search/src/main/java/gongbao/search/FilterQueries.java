package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.query.RegionValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * counting can show each dimension's counts as if its own filter were not set; a region code stands
 * for its path ({@link RegionValues}). Dates, and codes the gazetteer does not know, are plain filters.
 */
final class FilterQueries {

  private FilterQueries() {}

  static DrillDownQuery drillDown(Query base, Filters filters, FacetsConfig facetsConfig) {
    return drillDown(base, filters, facetsConfig, null);
  }

  /**
   * As above, without the drill-down on {@code sidewaysDimension} (null for none): the query whose hits count that
   * dimension sideways. Unknown region codes stay, as plain filters.
   */
  static DrillDownQuery drillDown(
      Query base, Filters filters, FacetsConfig facetsConfig, @Nullable String sidewaysDimension) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.MUST);
    if (filters.from() != null || filters.to() != null) {
      long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
      long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
      filtered.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), Occur.FILTER);
    }
    List<String> regionCodes =
        filters.regions().stream().map(RegionValues::asPath).filter(RegionValues::isCode).toList();
    if (!regionCodes.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      regionCodes.forEach(code -> any.add(new TermQuery(new Term(IndexSchema.REGION, code)), Occur.SHOULD));
      filtered.add(any.build(), Occur.FILTER);
    }
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, filtered.build());
    drilled(filters).forEach((dim, values) -> {
      if (dim.equals(sidewaysDimension)) {
        return;
      }
      for (String value : values) {
        drillDown.add(dim, dim.equals(IndexSchema.FACET_REGION) ? value.split("/") : new String[] {value});
      }
    });
    return drillDown;
  }

  /** The facet dimensions the filters drill down on, with their values: all but unknown region codes. */
  static Map<String, List<String>> drilled(Filters filters) {
    Map<String, List<String>> drilled = new LinkedHashMap<>();
    filters.byDimension().forEach((dim, values) -> {
      List<String> paths = dim.equals(IndexSchema.FACET_REGION)
          ? values.stream().map(RegionValues::asPath).filter(value -> !RegionValues.isCode(value)).toList()
          : values;
      if (!paths.isEmpty()) {
        drilled.put(dim, paths);
      }
    });
    return drilled;
  }
}
