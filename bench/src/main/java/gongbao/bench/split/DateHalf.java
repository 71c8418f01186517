package gongbao.bench.split;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which rmrb dates a program uses: the boundary model is trained on the dates of even epoch day ({@link
 * #TRAIN}) and measured on the others ({@link #TEST}), so that the reported numbers are on dates the
 * model never saw. The 150 dates fall 75 and 75 (4,970 and 5,037 articles).
 */
public enum DateHalf {
  ALL,
  TRAIN,
  TEST;

  /** Whether the page keyed {@code yyyy-mm-dd/page} is in this half. */
  public boolean contains(String pageKey) {
    if (this == ALL) {
      return true;
    }
    boolean even = LocalDate.parse(pageKey.substring(0, 10)).toEpochDay() % 2 == 0;
    return even == (this == TRAIN);
  }

  /** The value of {@code --half NAME} in {@code args}, or {@link #ALL}. */
  public static DateHalf fromArgs(String[] args) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--half")) {
        return valueOf(args[i + 1].toUpperCase(Locale.ROOT));
      }
    }
    return ALL;
  }
}
