package gongbao.search.api;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds. Dates that were inferred from page text count towards the range; {@code years} count the dated
 * articles, {@code undatedArticles} the rest (a page outside a dated folder whose text names no date), which no year,
 * date filter or trend counts.
 */
public record IndexStats(
    int articles,
    int pages,
    List<PaperCount> papers,
    @Nullable LocalDate firstDate,
    @Nullable LocalDate lastDate,
    List<YearCount> years,
    int undatedArticles,
    @Nullable String analyzerVersion) {

  public IndexStats {
    papers = List.copyOf(papers);
    years = List.copyOf(years);
  }

  /** A paper and how many articles of it the index holds. */
  public record PaperCount(String id, String name, int articles) {}

  /** A year and how many articles of it the index holds. */
  public record YearCount(int year, int articles) {}
}
