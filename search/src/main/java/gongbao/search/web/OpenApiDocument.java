package gongbao.search.web;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The OpenAPI 3 document of the API, generated from the same route table that registers the routes. */
final class OpenApiDocument {

  private OpenApiDocument() {}

  static Map<String, Object> of(List<ApiRoute> routes) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiRoute route : routes) {
      Map<String, Object> operation = new LinkedHashMap<>();
      operation.put("summary", route.summary());
      List<Map<String, Object>> parameters = new ArrayList<>();
      for (ApiParam param : route.params()) {
        Map<String, Object> schema = param.repeatable()
            ? Map.of("type", "array", "items", Map.of("type", param.type()))
            : Map.of("type", param.type());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", param.name());
        p.put("in", param.in());
        p.put("required", param.required());
        p.put("description", param.description());
        p.put("schema", schema);
        if (param.repeatable()) {
          p.put("explode", true);
        }
        parameters.add(p);
      }
      operation.put("parameters", parameters);
      if (route.method() == HandlerType.POST) {
        operation.put("requestBody", textBody());
      }
      operation.put("responses", Map.of(
          "200", Map.of("description", "success"),
          "400", Map.of("description", "malformed query or parameter: {\"error\": {\"code\", \"message\"}}"),
          "404", Map.of("description", "unknown article or route")));
      @SuppressWarnings("unchecked")
      Map<String, Object> methods = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<String, Object>());
      methods.put(route.method().name().toLowerCase(Locale.ROOT), operation);
    }
    paths.put(AdminController.PATH, Map.of("post", adminIngest()));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.0.3");
    document.put("info", Map.of("title", "Gongbao (工报) archive API", "version", "1"));
    document.put("paths", paths);
    Map<String, Object> bearer = Map.of("type", "http", "scheme", "bearer");
    document.put("components", Map.of("securitySchemes", Map.of("adminToken", bearer)));
    return document;
  }

  /** The body of the table's one POST route, the text to check: JSON or a form, one field either way. */
  private static Map<String, Object> textBody() {
    Map<String, Object> schema = Map.of("type", "object", "required", List.of(DraftText.FIELD), "properties",
        Map.of(DraftText.FIELD, Map.of("type", "string", "description", "the text to check, 10 to 20,000 characters")));
    return Map.of("required", true, "content", Map.of(
        "application/json", Map.of("schema", schema), "application/x-www-form-urlencoded", Map.of("schema", schema)));
  }

  /** The upload route, a multipart form rather than query parameters. */
  private static Map<String, Object> adminIngest() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("file", Map.of("type", "array", "items", Map.of("type", "string", "format", "binary"),
        "description", "one or more page files (.txt, .html, .htm)"));
    fields.put("paper", Map.of("type", "string", "description", "paper id (lower-case letters, digits, dashes)"));
    fields.put("paperName", Map.of("type", "string", "description", "the paper's name, needed for a paper new to the "
        + "archive (neither uploaded before nor in the server's corpus)"));
    fields.put("date", Map.of("type", "string", "format", "date", "description", "issue date; optional"));
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("summary", "ingest uploaded pages; searchable when the call returns. Off (403) unless the server was "
        + "started with an admin token");
    operation.put("security", List.of(Map.of("adminToken", List.of())));
    operation.put("requestBody", Map.of("required", true, "content", Map.of("multipart/form-data",
        Map.of("schema", Map.of("type", "object", "required", List.of("file", "paper"), "properties", fields)))));
    operation.put("responses", Map.of(
        "200", Map.of("description", "{pages, articles, failures}"),
        "400", Map.of("description", "missing field, bad file name or date, or a body that is not a multipart form"),
        "401", Map.of("description", "missing or wrong bearer token"),
        "403", Map.of("description", "admin routes are off")));
    return operation;
  }
}
