package gongbao.search.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.article.ArticleJson;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * JSON Schemas of the API's answers, read off the records Jackson writes them from, so that the OpenAPI document says
 * what the server sends: a component is required unless it is {@code @Nullable} (the API leaves nulls out) or left out
 * when empty; an enum is its JSON values; a record is named once and referred to.
 */
final class JsonSchemas {

  private static final String REFERENCE_PREFIX = "#/components/schemas/";

  private final ObjectMapper mapper = ArticleJson.newMapper();
  private final Map<String, Object> named = new TreeMap<>();

  /** The schema of a value of {@code type}: records by reference to {@link #named()}. */
  Map<String, Object> of(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      Type[] arguments = generic.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return Map.of("type", "array", "items", of(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return Map.of("type", "object", "additionalProperties", of(arguments[1]));
      }
      throw new IllegalArgumentException("no JSON schema for " + type);
    }
    Class<?> cls = (Class<?>) type;
    if (cls == String.class) {
      return Map.of("type", "string");
    }
    if (cls == LocalDate.class) {
      return Map.of("type", "string", "format", "date");
    }
    if (cls == boolean.class || cls == Boolean.class) {
      return Map.of("type", "boolean");
    }
    if (cls == int.class || cls == Integer.class || cls == long.class || cls == Long.class) {
      return Map.of("type", "integer");
    }
    if (cls == double.class || cls == Double.class) {
      return Map.of("type", "number");
    }
    if (cls.isEnum()) {
      List<Object> values = new ArrayList<>();
      for (Object constant : cls.getEnumConstants()) {
        values.add(mapper.convertValue(constant, String.class));
      }
      return Map.of("type", "string", "enum", values);
    }
    if (cls.isRecord()) {
      return reference(cls);
    }
    throw new IllegalArgumentException("no JSON schema for " + type);
  }

  /** Every record referred to so far, by name: the document's {@code components/schemas}. */
  Map<String, Object> named() {
    return named;
  }

  private Map<String, Object> reference(Class<?> record) {
    String name = record.getEnclosingClass() == null
        ? record.getSimpleName() : record.getEnclosingClass().getSimpleName() + record.getSimpleName();
    if (!named.containsKey(name)) {
      named.put(name, Map.of()); // a record that holds itself (a region's children) refers to the name being written
      Map<String, Object> properties = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      for (RecordComponent component : record.getRecordComponents()) {
        properties.put(component.getName(), of(component.getGenericType()));
        if (!mayBeLeftOut(component)) {
          required.add(component.getName());
        }
      }
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", "object");
      schema.put("required", required);
      schema.put("properties", properties);
      named.put(name, schema);
    }
    return Map.of("$ref", REFERENCE_PREFIX + name);
  }

  private static boolean mayBeLeftOut(RecordComponent component) {
    @Nullable JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
    return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
        || include != null && include.value() != JsonInclude.Include.ALWAYS;
  }
}
