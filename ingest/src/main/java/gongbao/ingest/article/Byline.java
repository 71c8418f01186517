package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.List;

/** The staff credited for an article, kept apart by role. */
public record Byline(
    List<String> reporters,
    List<String> correspondents,
    List<String> photographers,
    List<String> authors) {

  public static final Byline NONE = new Byline(List.of(), List.of(), List.of(), List.of());

  public Byline {
    reporters = List.copyOf(reporters);
    correspondents = List.copyOf(correspondents);
    photographers = List.copyOf(photographers);
    authors = List.copyOf(authors);
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
