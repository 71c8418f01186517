package gongbao.search.web;

/**
 * One documented parameter of a route.
 *
 * @param in {@code query} or {@code path}
 * @param type an OpenAPI type: string, integer, boolean
 */
record ApiParam(String name, String in, String type, boolean required, boolean repeatable, String description) {

  static ApiParam query(String name, String type, String description) {
    return new ApiParam(name, "query", type, false, false, description);
  }

  static ApiParam required(String name, String type, String description) {
    return new ApiParam(name, "query", type, true, false, description);
  }

  static ApiParam repeatable(String name, String description) {
    return new ApiParam(name, "query", "string", false, true, description);
  }

  static ApiParam path(String name, String description) {
    return new ApiParam(name, "path", "string", true, false, description);
  }
}
