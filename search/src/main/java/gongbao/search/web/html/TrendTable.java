package gongbao.search.web.html;

import gongbao.search.api.TrendResponse;
import java.util.function.Function;

/** The numbers of a trend as a table: one row per period, one column per series, then all articles. */
final class TrendTable {

  private TrendTable() {}

  static void write(HtmlWriter html, TrendResponse trend, Function<String, String> seriesName) {
    boolean share = trend.measure().equals("share");
    html.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label", "趋势数据表")
        .open("table", "class", "trend-table").element("caption", share ? "各期占比" : "各期篇数")
        .open("thead").open("tr").element("th", "时间", "scope", "col");
    for (TrendResponse.Series series : trend.series()) {
      html.element("th", seriesName.apply(series.key()), "scope", "col");
    }
    html.element("th", "当期全部文章", "scope", "col").close("tr").close("thead").open("tbody");
    for (int i = 0; i < trend.buckets().size(); i++) {
      html.open("tr").element("th", trend.buckets().get(i), "scope", "row");
      for (TrendResponse.Series series : trend.series()) {
        html.element("td", TrendChart.format(series.values().get(i), share));
      }
      html.element("td", Long.toString(trend.periodTotals().get(i))).close("tr");
    }
    html.close("tbody").close("table").close("div");
  }
}
