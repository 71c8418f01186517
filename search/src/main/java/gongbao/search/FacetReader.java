package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Reads counted facets into the response shape: flat lists, and the region tree. */
final class FacetReader {

  static final int MAX_VALUES = 20;
  static final int MAX_REGION_CHILDREN = 50;
  static final int REGION_DEPTH = 3;

  private FacetReader() {}

  /** Every dimension of the schema, empty where the index holds no value of it. */
  static Map<String, List<FacetValue>> read(Facets facets, SortedSetDocValuesReaderState state) throws IOException {
    Set<String> indexed = new HashSet<>();
    state.getDims().forEach(indexed::add);
    Map<String, List<FacetValue>> all = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACET_DIMENSIONS) {
      boolean region = dim.equals(IndexSchema.FACET_REGION);
      all.put(dim, indexed.contains(dim)
          ? children(facets, dim, new String[0], region ? MAX_REGION_CHILDREN : MAX_VALUES, region ? REGION_DEPTH : 1)
          : new ArrayList<>());
    }
    all.get(IndexSchema.FACET_YEAR).sort(Comparator.comparing(FacetValue::value).reversed());
    return all;
  }

  private static List<FacetValue> children(Facets facets, String dim, String[] path, int max, int depth)
      throws IOException {
    FacetResult result = facets.getTopChildren(max, dim, path);
    List<FacetValue> values = new ArrayList<>();
    if (result == null) {
      return values;
    }
    for (LabelAndValue child : result.labelValues) {
      List<FacetValue> below = List.of();
      if (depth > 1) {
        String[] childPath = Arrays.copyOf(path, path.length + 1);
        childPath[path.length] = child.label;
        below = children(facets, dim, childPath, max, depth - 1);
      }
      values.add(new FacetValue(child.label, child.value.longValue(), below));
    }
    return values;
  }
}
