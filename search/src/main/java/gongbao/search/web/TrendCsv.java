package gongbao.search.web;

import gongbao.search.CsvCell;
import gongbao.search.api.TrendResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trend as CSV (UTF-8 with a byte-order mark, so spreadsheets read the Chinese): one row per
 * period, one column per series, then the period's total. Cells that a spreadsheet would take for a
 * formula are prefixed with an apostrophe.
 */
final class TrendCsv {

  private TrendCsv() {}

  static String of(TrendResponse trend) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    List<String> header = new ArrayList<>(List.of("period"));
    trend.series().forEach(series -> header.add(series.key()));
    header.add("all_articles");
    row(csv, header);
    boolean share = trend.measure().equals("share");
    for (int i = 0; i < trend.buckets().size(); i++) {
      List<String> cells = new ArrayList<>(List.of(trend.buckets().get(i)));
      for (TrendResponse.Series series : trend.series()) {
        double value = series.values().get(i);
        cells.add(share ? String.format(Locale.ROOT, "%.6f", value) : Long.toString(Math.round(value)));
      }
      cells.add(Long.toString(trend.periodTotals().get(i)));
      row(csv, cells);
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(CsvCell.of(cells.get(i)));
    }
    csv.append("\r\n");
  }

}
