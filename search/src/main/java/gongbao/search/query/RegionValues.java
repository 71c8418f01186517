package gongbao.search.query;

import gongbao.ingest.extract.region.RegionGazetteer;
import gongbao.search.BadRequestException;
import java.util.List;

/**
 * A region as a filter or a {@code region:} value names a place by its path ({@code 浙江省/宁波市}), by its name or
 * short form ({@code 宁波市}, {@code 宁波}) or by its GB/T 2260 code ({@code 330200}). A value that names one place
 * stands for that place's path, so that it takes in the divisions below it as the path does: {@code 330000} finds the
 * stories about 宁波 and 衢州, as {@code 浙江省} does. A code the gazetteer does not know is kept, and matches only
 * stories filed under that very code. A filter must name a place; in a query, any other value is searched as it is.
 */
public final class RegionValues {

  private RegionValues() {}

  /** Loaded at the first value asked about. */
  private static final class Gazetteer {
    static final RegionGazetteer BUILT_IN = RegionGazetteer.builtIn();
  }

  /** True for six digits, the shape of a GB/T 2260 code. */
  public static boolean isCode(String value) {
    return value.length() == 6 && value.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * For {@code region:} in a query: the paths of every place the value names (a short form shared by several, such as
   * 恩施 for 恩施州 and 恩施市, finds them all), or a code the gazetteer does not know as it is.
   *
   * @throws QuerySyntaxException if the value names no place, as a filter's would be refused
   */
  public static List<String> queryTerms(String value) {
    List<String> terms = pathsOrCode(value);
    if (terms.isEmpty()) {
      throw new QuerySyntaxException(unknown(value), "没有叫“" + value + "”的地区：请写地名、从省开始的路径（浙江省/宁波市）或行政区划代码");
    }
    return terms;
  }

  /**
   * For a region filter: the path of the one place the value names, or a code the gazetteer does not know as it is.
   *
   * @throws BadRequestException if the value names no place, or several
   */
  public static String filterValue(String value) {
    if (hasEmptyPart(value)) {
      throw new BadRequestException("region '" + value + "' names no place: a path has a name on each side of '/'");
    }
    List<String> terms = pathsOrCode(value);
    if (terms.size() > 1) {
      throw new BadRequestException("region '" + value + "' names " + terms.size() + " places; choose one of "
          + String.join(", ", terms));
    }
    if (terms.isEmpty()) {
      throw new BadRequestException(unknown(value));
    }
    return terms.get(0);
  }

  /** The paths of the places the value names, else a code as it is, else none (so a path with an empty part). */
  private static List<String> pathsOrCode(String value) {
    if (hasEmptyPart(value)) {
      return List.of();
    }
    List<String> paths = paths(value);
    return paths.isEmpty() && isCode(value) ? List.of(value) : paths;
  }

  private static boolean hasEmptyPart(String value) {
    return List.of(value.split("/", -1)).contains("");
  }

  private static String unknown(String value) {
    return "unknown region '" + value
        + "': give a place's name, its path from the province down (浙江省/宁波市) or its GB/T 2260 code";
  }

  /**
   * The paths of the places a value names, in gazetteer order: a known code's; a path the gazetteer knows; for a name,
   * the path of each place it is a name, short form or alias of (a zone's is its city's, under which it is filed).
   */
  private static List<String> paths(String value) {
    RegionGazetteer gazetteer = Gazetteer.BUILT_IN;
    if (isCode(value)) {
      String path = gazetteer.path(value);
      return path.isEmpty() ? List.of() : List.of(path);
    }
    String name = value.substring(value.lastIndexOf('/') + 1);
    List<String> paths = gazetteer.lookup(name).stream()
        .map(form -> gazetteer.path(form.place().regionCode())).distinct().toList();
    return value.contains("/") ? paths.stream().filter(value::equals).toList() : paths;
  }
}
