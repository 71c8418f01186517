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

  /** These people and then those of {@code other} not credited in the same role already. */
  Credited plus(Credited other) {
    return new Credited(union(reporters, other.reporters), union(correspondents, other.correspondents),
        union(authors, other.authors), union(photographers, other.photographers));
  }

  private static List<String> union(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    second.stream().filter(name -> !all.contains(name)).forEach(all::add);
    return all;
  }
}
