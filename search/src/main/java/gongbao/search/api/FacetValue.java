package gongbao.search.api;

import java.util.List;

/** One value of a facet with its count; region values have the next level as children. */
public record FacetValue(String value, long count, List<FacetValue> children) {

  public FacetValue {
    children = List.copyOf(children);
  }
}
