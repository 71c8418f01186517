package gongbao.search.web.html;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.TrendRequest;
import gongbao.search.api.TrendResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The researchers' view: a query and filters counted per year or month, optionally split by topic,
 * region, union or paper, as a chart with the same numbers in a table and a CSV download.
 *
 * @param trend null when the request was refused
 * @param error why the request was refused, in words for the reader
 */
public record TrendsPage(
    SearchLink search, TrendRequest request, @Nullable TrendResponse trend, ValueNames names, @Nullable String error) {

  private static final String[][] SPLITS = {
    {"", "不分组"}, {IndexSchema.FACET_TOPIC, "按主题"}, {IndexSchema.FACET_REGION, "按省份"},
    {IndexSchema.FACET_UNION, "按工会"}, {IndexSchema.FACET_PAPER, "按报刊"},
  };

  public String render() {
    HtmlWriter html = PageShell.open("报道趋势 · 工报", PageShell.Section.TRENDS);
    html.element("h1", "报道趋势");
    html.element("p", "统计每年或每月有多少篇文章符合检索条件，可按主题、地区、工会或报刊分组；“占比”是这些文章占当期全部文章（在所选的报刊、地区等范围内）的比例。",
        "class", "lead");
    form(html);
    if (error != null) {
      html.open("p", "class", "error", "role", "alert").text(error).close("p");
    }
    if (trend == null) {
      return PageShell.close(html);
    }
    if (trend.buckets().isEmpty()) {
      html.element("p", "索引中还没有带日期的文章，无法统计趋势。", "class", "empty");
      return PageShell.close(html);
    }
    html.open("div", "class", "trend-layout");
    html.open("figure", "class", "trend-figure");
    html.open("div", "class", "chart-scroll", "tabindex", "0", "role", "region", "aria-label", "趋势图");
    TrendChart.write(html, trend, this::seriesName, description());
    html.close("div");
    html.element("figcaption", description());
    legend(html, trend);
    html.close("figure");
    TrendTable.write(html, trend, this::seriesName);
    html.close("div");
    if (trend.seriesLeftOut() > 0) {
      html.element("p", "另有 " + trend.seriesLeftOut() + " 个较小的分组没有列出；缩小检索范围可以看到它们。", "class", "hint");
    }
    html.open("p", "class", "downloads").link("/trends.csv?" + parameters(), "下载 CSV", "download", "gongbao-trends.csv")
        .text(" · ").link(search.href(), "查看这些文章").close("p");
    return PageShell.close(html);
  }

  /** The query string of this trend: the search's parameters and the trend's own. */
  private String parameters() {
    String searchParameters = search.trendsHref().substring("/trends?".length());
    return searchParameters + "&interval=" + request.interval().name().toLowerCase(Locale.ROOT)
        + (request.by() == null ? "" : "&by=" + request.by())
        + "&measure=" + (request.share() ? "share" : "count")
        + (request.distinctStories() ? "&distinct=true" : "");
  }

  private String seriesName(String key) {
    return request.by() == null ? "符合条件的文章" : names.of(request.by(), key);
  }

  private String description() {
    String what = search.query().isBlank() ? "全部文章" : "\u201c" + search.query() + "\u201d";
    return what + (search.isFiltered() ? "（已筛选）" : "")
        + (request.interval() == TrendRequest.Interval.YEAR ? "每年" : "每月")
        + (request.share() ? "所占比例" : "篇数") + (request.by() == null ? "" : "，" + splitLabel(request.by()));
  }

  private static String splitLabel(String by) {
    for (String[] split : SPLITS) {
      if (split[0].equals(by)) {
        return split[1];
      }
    }
    return by;
  }

  private void form(HtmlWriter html) {
    html.open("form", "action", "/trends", "method", "get", "class", "trend-form")
        .open("div", "class", "field").element("label", "检索词", "for", "trend-q")
        .empty("input", "type", "search", "id", "trend-q", "name", "q", "value", search.query(), "placeholder", "留空则统计全部文章")
        .close("div");
    for (String dimension : SearchLink.DIMENSIONS) {
      for (String value : search.values(dimension)) {
        html.empty("input", "type", "hidden", "name", dimension, "value", value);
      }
    }
    hiddenDate(html, "from", search.filters().from());
    hiddenDate(html, "to", search.filters().to());
    select(html, "by", "分组", SPLITS, request.by() == null ? "" : request.by());
    select(html, "interval", "时间单位", new String[][] {{"year", "年"}, {"month", "月"}},
        request.interval().name().toLowerCase(Locale.ROOT));
    select(html, "measure", "数值", new String[][] {{"count", "篇数"}, {"share", "占当期比例"}}, request.share() ? "share" : "count");
    html.open("div", "class", "field checkbox")
        .empty("input", "type", "checkbox", "id", "trend-distinct", "name", "distinct", "value", "true",
            "checked", request.distinctStories() ? "checked" : null)
        .element("label", "转载只计一次", "for", "trend-distinct").close("div");
    html.element("button", "绘制", "type", "submit").close("form");
  }

  private static void hiddenDate(HtmlWriter html, String name, @Nullable LocalDate date) {
    if (date != null) {
      html.empty("input", "type", "hidden", "name", name, "value", date.toString());
    }
  }

  private static void select(HtmlWriter html, String name, String label, String[][] options, String chosen) {
    html.open("div", "class", "field").element("label", label, "for", "trend-" + name)
        .open("select", "id", "trend-" + name, "name", name);
    for (String[] option : options) {
      html.element("option", option[1], "value", option[0], "selected", option[0].equals(chosen) ? "selected" : null);
    }
    html.close("select").close("div");
  }

  private void legend(HtmlWriter html, TrendResponse trend) {
    html.open("ul", "class", "legend", "aria-hidden", "true");
    for (int s = 0; s < Math.min(TrendChart.MAX_LINES, trend.series().size()); s++) {
      html.open("li", "class", "s" + s).element("span", "", "class", "swatch").text(seriesName(trend.series().get(s).key()))
          .close("li");
    }
    html.close("ul");
  }
}
