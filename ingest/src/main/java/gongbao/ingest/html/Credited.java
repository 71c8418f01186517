package gongbao.ingest.html;

import java.util.ArrayList;
import java.util.List;

/** People an article page credits, by role, each in page order and once. */
public record Credited(
    List<String> reporters, List<String> correspondents, List<String> authors, List<String> photographers) {

  static final Credited NONE = new Credited(List.of(), List.of(), List.of(), List.of());

  public Credited {
    reporters = List.copyOf(reporters);
    correspondents = List.copyOf(correspondents);
    authors = List.copyOf(authors);
    photographers = List.copyOf(photographers);
  }

  /**
   * These people and then those of {@code other} not credited in the same role already; a reporter or correspondent is
   * not an author too for a page's generic {@code 作者：} line ({@code 采写：南都记者 余毅菁} above {@code 作者：余毅菁}).
   */
  Credited plus(Credited other) {
    List<String> allReporters = union(reporters, other.reporters);
    List<String> allCorrespondents = union(correspondents, other.correspondents);
    List<String> writers = union(authors, other.authors).stream()
        .filter(name -> !allReporters.contains(name) && !allCorrespondents.contains(name)).toList();
    return new Credited(allReporters, allCorrespondents, writers, union(photographers, other.photographers));
  }

  private static List<String> union(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    second.stream().filter(name -> !all.contains(name)).forEach(all::add);
    return all;
  }
}
