package gongbao.search;

import gongbao.ingest.index.IndexSchema;
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

/**
 * Adds filters to a query. Facet-dimension filters become drill-downs, so that drill-sideways
 * counting can show each dimension's counts as if its own filter were not set. Dates and region
 * codes are plain filters.
 */
final class FilterQueries {

  private FilterQueries() {}

  static DrillDownQuery drillDown(Query base, Filters filters, FacetsConfig facetsConfig) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.MUST);
    if (filters.from() != null || filters.to() != null) {
      long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
      long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
      filtered.add(LongPoint.newRangeQuery(IndexSchema.DATE, from, to), Occur.FILTER);
    }
    List<String> regionCodes = filters.regions().stream().filter(FilterQueries::isRegionCode).toList();
    if (!regionCodes.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      regionCodes.forEach(code -> any.add(new TermQuery(new Term(IndexSchema.REGION, code)), Occur.SHOULD));
      filtered.add(any.build(), Occur.FILTER);
    }
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, filtered.build());
    for (Map.Entry<String, List<String>> dim : filters.byDimension().entrySet()) {
      for (String value : dim.getValue()) {
        if (dim.getKey().equals(IndexSchema.FACET_REGION)) {
          if (!isRegionCode(value)) {
            drillDown.add(dim.getKey(), value.split("/"));
          }
        } else {
          drillDown.add(dim.getKey(), value);
        }
      }
    }
    return drillDown;
  }

  static boolean isRegionCode(String value) {
    return value.length() == 6 && value.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
