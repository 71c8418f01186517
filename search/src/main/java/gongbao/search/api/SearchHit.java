package gongbao.search.api;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One result of a search: the article's headline group, where it appeared, and a marked snippet. */
public record SearchHit(
    String id,
    @Nullable String kicker,
    String title,
    @Nullable String subtitle,
    String paper,
    String paperName,
    @Nullable LocalDate date,
    boolean dateInferred,
    @Nullable String page,
    String kind,
    List<String> byline,
    String snippet) {

  public SearchHit {
    byline = List.copyOf(byline);
  }
}
