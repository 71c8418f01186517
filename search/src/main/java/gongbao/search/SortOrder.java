package gongbao.search;

import java.util.Locale;

/** Result order; ties are always broken by article id so that paging is stable. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public static SortOrder parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("sort must be relevance, newest or oldest, not '" + value + "'");
    }
  }
}
