package gongbao.ingest.extract.topic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One theme of the taxonomy.
 *
 * @param id stable identifier used in the index and in query URLs
 * @param label the Chinese label shown to users
 * @param definition one line saying what belongs to the theme
 * @param terms evidence terms and their weights, in the order of the taxonomy file
 */
public record Topic(String id, String label, String definition, Map<String, Double> terms) {

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(definition, "definition");
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
  }
}
