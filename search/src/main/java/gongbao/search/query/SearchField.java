package gongbao.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields a query may name with {@code field:value}. */
public enum SearchField {
  TITLE,
  BYLINE,
  PAPER,
  KIND,
  REGION,
  UNION,
  TOPIC,
  PERSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SearchField> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
  }

  /** The names a user may write, for error messages: {@code ", "} between them in English, {@code "、"} in Chinese. */
  public static String allIds(String separator) {
    return Arrays.stream(values()).map(SearchField::id).collect(Collectors.joining(separator));
  }
}
