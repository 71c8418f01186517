package gongbao.search.web;

import gongbao.search.Filters;
import gongbao.search.api.DraftCheckResponse;
import gongbao.search.api.ErrorResponse;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3 document of the API, generated from the same route table that registers the routes: each parameter
 * with the values, range and default the route checks, and each answer with the schema of the record it is written from
 * ({@link JsonSchemas}), errors included.
 */
final class OpenApiDocument {

  /** The error answers any route may give, beyond its own 400 and 404. */
  private static final Map<String, String> COMMON_ERRORS = Map.of(
      "405", "method_not_allowed: a method the route does not take; the Allow header lists those it does",
      "414", "uri_too_long: a request line over 32 KB",
      "429", "too_many_requests: over the client's rate limit; Retry-After says when to come back",
      "431", "headers_too_large: headers over 32 KB",
      "503", "timeout, busy or no_index: the search ran past its time limit or waited too long for its turn, "
          + "or the server has no index");

  private OpenApiDocument() {}

  static Map<String, Object> of(List<ApiRoute> routes) {
    JsonSchemas schemas = new JsonSchemas();
    Map<String, Object> error = schemas.of(ErrorResponse.class);
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiRoute route : routes) {
      Map<String, Object> operation = new LinkedHashMap<>();
      operation.put("operationId", route.operationId());
      operation.put("summary", route.summary());
      operation.put("parameters", route.params().stream().map(OpenApiDocument::parameter).toList());
      if (route.method() == HandlerType.POST) {
        operation.put("requestBody", textBody());
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", route.response() == null ? exportAnswer() : Map.of("description", "success",
          "content", Map.of("application/json", Map.of("schema", schemas.of(route.response())))));
      if (!route.params().isEmpty()) {
        responses.put("400", errorAnswer("bad_request or bad_query: a malformed query or parameter, named", error));
      }
      if (route.path().contains("{id}")) {
        responses.put("404", errorAnswer("not_found: no article with this id", error));
      }
      COMMON_ERRORS.forEach((status, description) -> responses.put(status, errorAnswer(description, error)));
      operation.put("responses", responses);
      @SuppressWarnings("unchecked")
      Map<String, Object> methods =
          (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<String, Object>());
      methods.put(route.method().name().toLowerCase(Locale.ROOT), operation);
    }
    paths.put(AdminController.PATH, Map.of("post", adminIngest(error)));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.0.3");
    document.put("info", Map.of("title", "Gongbao (工报) archive API", "version", "1"));
    document.put("servers", List.of(Map.of("url", "/")));
    document.put("paths", paths);
    Map<String, Object> bearer = Map.of("type", "http", "scheme", "bearer");
    document.put("components", Map.of("securitySchemes", Map.of("adminToken", bearer), "schemas", schemas.named()));
    return document;
  }

  private static Map<String, Object> parameter(ApiParam param) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", param.name());
    p.put("in", param.in());
    p.put("required", param.required());
    p.put("description", param.description());
    if (param.repeatable()) {
      p.put("schema", Map.of("type", "array", "items", param.schema(), "maxItems", Filters.MAX_VALUES));
      p.put("explode", true);
    } else {
      p.put("schema", param.schema());
    }
    return p;
  }

  private static Map<String, Object> errorAnswer(String description, Map<String, Object> error) {
    return Map.of("description", description, "content", Map.of("application/json", Map.of("schema", error)));
  }

  private static Map<String, Object> exportAnswer() {
    Map<String, Object> text = Map.of("schema", Map.of("type", "string"));
    return Map.of("description", "every match: CSV (UTF-8 with BOM, a header row) or JSONL (one article model a line), "
            + "as an attachment named gongbao-export.csv or .jsonl",
        "headers", Map.of("Content-Disposition", Map.of("schema", Map.of("type", "string"))),
        "content", Map.of("text/csv", text, "application/x-ndjson", text));
  }

  /** The body of the table's one POST route, the text to check: JSON or a form, one field either way. */
  private static Map<String, Object> textBody() {
    Map<String, Object> schema = Map.of("type", "object", "required", List.of(DraftText.FIELD), "properties",
        Map.of(DraftText.FIELD, Map.of("type", "string", "maxLength", DraftCheckResponse.MAX_TEXT_CHARS, "description", "the text to check, "
            + "with at least " + DraftCheckResponse.MIN_TEXT_CHARS + " letters, digits or ideographs")));
    return Map.of("required", true, "content", Map.of(
        "application/json", Map.of("schema", schema), "application/x-www-form-urlencoded", Map.of("schema", schema)));
  }

  /** The upload route, a multipart form rather than query parameters. */
  private static Map<String, Object> adminIngest(Map<String, Object> error) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("file", Map.of("type", "array", "items", Map.of("type", "string", "format", "binary"),
        "description", "one or more page files (.txt, .html, .htm)"));
    fields.put("paper", Map.of("type", "string", "description", "paper id (lower-case letters, digits, dashes)"));
    fields.put("paperName", Map.of("type", "string", "description", "the paper's name, needed for a paper new to the "
        + "archive (neither uploaded before nor in the server's corpus)"));
    fields.put("date", Map.of("type", "string", "format", "date", "description", "issue date; optional"));
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("operationId", "adminIngest");
    operation.put("summary", "ingest uploaded pages; searchable when the call returns. Off (403) unless the server was "
        + "started with an admin token");
    operation.put("security", List.of(Map.of("adminToken", List.of())));
    operation.put("requestBody", Map.of("required", true, "content", Map.of("multipart/form-data",
        Map.of("schema", Map.of("type", "object", "required", List.of("file", "paper"), "properties", fields)))));
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put("200", Map.of("description", "{pages, articles, failures}"));
    responses.put("400", errorAnswer("missing field, bad file name or date, or a body that is not a multipart form",
        error));
    responses.put("401", errorAnswer("unauthorized: missing or wrong bearer token", error));
    responses.put("403", errorAnswer("forbidden: admin routes are off", error));
    operation.put("responses", responses);
    return operation;
  }
}
