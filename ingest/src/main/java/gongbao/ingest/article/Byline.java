package gongbao.ingest.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff credited for an article, kept apart by role.
 *
 * @param lines the staff and credit lines as printed ({@code 本报记者 王昊男}, {@code 新华社记者 白雪飞摄},
 *     {@code 数据来源：国家统计局}), those above the body first: the names are read from them, but a line can
 *     say more than its names, and page text must not be lost because it was read as a byline. Left out of
 *     the JSON when empty, so a null here (JSON written before the field existed) reads as empty.
 */
public record Byline(
    List<String> reporters,
    List<String> correspondents,
    List<String> photographers,
    List<String> authors,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines) {

  public static final Byline NONE = new Byline(List.of(), List.of(), List.of(), List.of());

  public Byline {
    reporters = List.copyOf(reporters);
    correspondents = List.copyOf(correspondents);
    photographers = List.copyOf(photographers);
    authors = List.copyOf(authors);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** Names only, without the printed lines: for bylines not read from a page. */
  public Byline(List<String> reporters, List<String> correspondents, List<String> photographers, List<String> authors) {
    this(reporters, correspondents, photographers, authors, List.of());
  }

  /** The same names with the printed lines they were read from. */
  public Byline withLines(List<String> printed) {
    return new Byline(reporters, correspondents, photographers, authors, printed);
  }

  /** Every credited name, in role order, without repeats. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>();
    for (List<String> role : List.of(reporters, correspondents, photographers, authors)) {
      for (String name : role) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
