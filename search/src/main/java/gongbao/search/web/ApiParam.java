package gongbao.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One documented parameter of a route, with the schema the OpenAPI document gives it: type, and where the route checks
 * them, its values, range, default and length.
 *
 * @param in {@code query} or {@code path}
 * @param schema an OpenAPI schema of one value: {@code type} (string, integer, boolean) and its constraints
 */
record ApiParam(String name, String in, boolean required, boolean repeatable, String description,
    Map<String, Object> schema) {

  ApiParam {
    schema = Map.copyOf(schema);
  }

  static ApiParam query(String name, String type, String description) {
    return new ApiParam(name, "query", false, false, description, Map.of("type", type));
  }

  static ApiParam required(String name, String type, String description) {
    return new ApiParam(name, "query", true, false, description, Map.of("type", type));
  }

  static ApiParam repeatable(String name, String description) {
    return new ApiParam(name, "query", false, true, description, Map.of("type", "string"));
  }

  static ApiParam path(String name, String description) {
    return new ApiParam(name, "path", true, false, description, Map.of("type", "string"));
  }

  /** The values the route takes, the first the default. */
  ApiParam oneOf(String... values) {
    return with("enum", List.of(values)).with("default", values[0]);
  }

  /** An integer from {@code minimum} to {@code maximum}, {@code fallback} when absent. */
  ApiParam range(long minimum, long maximum, long fallback) {
    return with("minimum", minimum).with("maximum", maximum).with("default", fallback);
  }

  ApiParam with(String keyword, Object value) {
    Map<String, Object> extended = new LinkedHashMap<>(schema);
    extended.put(keyword, value);
    return new ApiParam(name, in, required, repeatable, description, extended);
  }
}
