package gongbao.search.web.html;

import gongbao.ingest.index.IndexSchema;
import java.util.Map;

/**
 * Readable names for filter values stored as ids: paper ids become paper names, topic ids their
 * labels, kinds their Chinese names; every other value is its own name.
 */
public record ValueNames(Map<String, String> paperNames, Map<String, String> topicLabels) {

  public ValueNames {
    paperNames = Map.copyOf(paperNames);
    topicLabels = Map.copyOf(topicLabels);
  }

  public String of(String dimension, String value) {
    return switch (dimension) {
      case IndexSchema.FACET_PAPER -> paperNames.getOrDefault(value, value);
      case IndexSchema.FACET_TOPIC -> topicLabels.getOrDefault(value, value);
      case IndexSchema.FACET_KIND -> Labels.kind(value);
      default -> value;
    };
  }
}
