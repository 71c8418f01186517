package gongbao.search.query;

import gongbao.ingest.extract.region.RegionGazetteer;

/**
 * A region as a filter or a {@code region:} value names a place by its path ({@code 浙江省/宁波市}) or by its GB/T 2260
 * code ({@code 330200}). A code the gazetteer knows stands for its path, so that it takes in the divisions below it as
 * the path does: {@code 330000} finds the stories about 宁波 and 衢州, as {@code 浙江省} does. A code it does not know is
 * kept, and matches only stories filed under that very code.
 */
public final class RegionValues {

  private RegionValues() {}

  /** Loaded at the first code asked about. */
  private static final class Gazetteer {
    static final RegionGazetteer BUILT_IN = RegionGazetteer.builtIn();
  }

  /** True for six digits, the shape of a GB/T 2260 code. */
  public static boolean isCode(String value) {
    return value.length() == 6 && value.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The path a known code stands for; any other value as it is. */
  public static String asPath(String value) {
    if (!isCode(value)) {
      return value;
    }
    String path = Gazetteer.BUILT_IN.path(value);
    return path.isEmpty() ? value : path;
  }
}
