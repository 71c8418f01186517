package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Reads counted facets into the response shape: flat lists, and the region tree. */
final class FacetReader {

  static final int MAX_VALUES = 20;
  /** Every year of the hits is listed, in order: an archive of decades would otherwise lose its quiet years. */
  static final int MAX_YEARS = Integer.MAX_VALUE;
  static final int MAX_REGION_CHILDREN = 50;
  static final int REGION_DEPTH = 3;

  private FacetReader() {}

  /** Every dimension of the schema, empty where the index holds no value of it. */
  static Map<String, List<FacetValue>> read(SidewaysSearch.Result counted, SortedSetDocValuesReaderState state)
      throws IOException {
    Set<String> indexed = new HashSet<>();
    state.getDims().forEach(indexed::add);
    Map<String, List<FacetValue>> all = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACET_DIMENSIONS) {
      FacetCounts counts = counted.countsOf(dim);
      all.put(dim, !indexed.contains(dim) ? new ArrayList<>()
          : dim.equals(IndexSchema.FACET_REGION) ? counts.tree(dim, MAX_REGION_CHILDREN, REGION_DEPTH)
          : counts.flat(dim, dim.equals(IndexSchema.FACET_YEAR) ? MAX_YEARS : MAX_VALUES));
    }
    all.get(IndexSchema.FACET_YEAR).sort(Comparator.comparing(FacetValue::value).reversed());
    return all;
  }
}
