package gongbao.ingest.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses an issue date from a page's text when the corpus layout does not give one: the latest full
 * date mentioned ({@code 2024年3月22日}); failing that, the latest month and day mentioned
 * ({@code 10月18日}) in the latest year mentioned. Papers report recent events, so the latest mention is
 * the best available lower bound for the issue date.
 */
public final class DateInference {

  private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");

  private DateInference() {}

  public static Optional<LocalDate> infer(String text) {
    Optional<LocalDate> full = latest(FULL_DATE, text, -1);
    if (full.isPresent()) {
      return full;
    }
    int year = -1;
    Matcher years = YEAR.matcher(text);
    while (years.find()) {
      year = Math.max(year, Integer.parseInt(years.group(1)));
    }
    return year < 0 ? Optional.empty() : latest(MONTH_DAY, text, year);
  }

  /** The latest valid date matched; {@code fixedYear} of -1 means the pattern carries the year. */
  private static Optional<LocalDate> latest(Pattern pattern, String text, int fixedYear) {
    LocalDate best = null;
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int group = fixedYear < 0 ? 1 : 0;
      int year = fixedYear < 0 ? Integer.parseInt(m.group(1)) : fixedYear;
      try {
        LocalDate date =
            LocalDate.of(year, Integer.parseInt(m.group(group + 1)), Integer.parseInt(m.group(group + 2)));
        if (best == null || date.isAfter(best)) {
          best = date;
        }
      } catch (DateTimeException notADate) {
        // 13月 or 2月30日: not a date, keep looking
      }
    }
    return Optional.ofNullable(best);
  }
}
