package gongbao.search.web.html;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.FacetValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The facets beside the results, in plain language: 地区 as an expandable tree, then 年份, 报刊, 主题,
 * 工会, 人物, 体裁. Each value is a link that adds it to the search, or removes it when chosen, and
 * shows how many matches it has.
 */
final class FacetPanel {

  private static final List<String> ORDER = List.of(
      IndexSchema.FACET_REGION, IndexSchema.FACET_YEAR, IndexSchema.FACET_PAPER, IndexSchema.FACET_TOPIC,
      IndexSchema.FACET_UNION, IndexSchema.FACET_PERSON, IndexSchema.FACET_KIND);

  private FacetPanel() {}

  static void write(HtmlWriter html, Map<String, List<FacetValue>> facets, SearchLink search, ValueNames names) {
    if (facets.values().stream().allMatch(List::isEmpty)) {
      return;
    }
    html.open("nav", "class", "facets", "aria-labelledby", "facets-heading", "data-enhance", "facets")
        .element("h2", "筛选", "id", "facets-heading");
    for (String dimension : ORDER) {
      List<FacetValue> values = facets.getOrDefault(dimension, List.of());
      if (values.isEmpty()) {
        continue;
      }
      html.open("details", "class", "facet", "open", "open", "data-dimension", dimension)
          .element("summary", Labels.dimension(dimension));
      if (dimension.equals(IndexSchema.FACET_REGION)) {
        regionTree(html, values, "", search);
      } else {
        flatList(html, dimension, values, search, names);
      }
      html.close("details");
    }
    html.close("nav");
  }

  private static void flatList(
      HtmlWriter html, String dimension, List<FacetValue> values, SearchLink search, ValueNames names) {
    html.open("ul", "class", "facet-values");
    for (FacetValue value : values) {
      boolean year = dimension.equals(IndexSchema.FACET_YEAR);
      boolean chosen = year ? isYear(search, value.value()) : search.has(dimension, value.value());
      SearchLink target = year
          ? (chosen ? search.dates(null, null) : search.year(Integer.parseInt(value.value())))
          : (chosen ? search.removing(dimension, value.value()) : search.adding(dimension, value.value()));
      html.open("li");
      value(html, target, names.of(dimension, value.value()), value.count(), chosen);
      html.close("li");
    }
    html.close("ul");
  }

  private static void regionTree(HtmlWriter html, List<FacetValue> values, String parentPath, SearchLink search) {
    html.open("ul", "class", parentPath.isEmpty() ? "facet-values region-tree" : "facet-values");
    for (FacetValue value : values) {
      String path = parentPath.isEmpty() ? value.value() : parentPath + "/" + value.value();
      boolean chosen = search.has(IndexSchema.FACET_REGION, path);
      html.open("li");
      value(html, chosen ? search.removing(IndexSchema.FACET_REGION, path) : drillingInto(search, path),
          value.value(), value.count(), chosen);
      if (!value.children().isEmpty()) {
        boolean open = search.filters().regions().stream().anyMatch(r -> r.startsWith(path + "/") || r.equals(path));
        html.open("details", "class", "subregions", "open", open ? "open" : null)
            .element("summary", value.value() + "下辖 " + value.children().size() + " 处", "aria-label", "展开" + value.value() + "的下级地区");
        regionTree(html, value.children(), path, search);
        html.close("details");
      }
      html.close("li");
    }
    html.close("ul");
  }

  /**
   * Adds a region, replacing any chosen region above or below it: choosing 宁波市 under a chosen 浙江省
   * narrows to 宁波市 (region values are alternatives, so keeping 浙江省 would change nothing).
   */
  private static SearchLink drillingInto(SearchLink search, String path) {
    SearchLink target = search;
    for (String chosen : search.values(IndexSchema.FACET_REGION)) {
      if (path.startsWith(chosen + "/") || chosen.startsWith(path + "/")) {
        target = target.removing(IndexSchema.FACET_REGION, chosen);
      }
    }
    return target.adding(IndexSchema.FACET_REGION, path);
  }

  private static void value(HtmlWriter html, SearchLink target, String name, long count, boolean chosen) {
    html.open("a", "href", target.href(), "class", chosen ? "facet-value chosen" : "facet-value",
            "aria-current", chosen ? "true" : null,
            "title", chosen ? "取消筛选：" + name : "加入筛选：" + name)
        .element("span", name, "class", "name")
        .element("span", Long.toString(count), "class", "count")
        .close("a");
  }

  /** A year is chosen when the dates lie within it (a range cut by choosing the year lies within it too). */
  private static boolean isYear(SearchLink search, String year) {
    int y = Integer.parseInt(year);
    LocalDate from = search.filters().from();
    LocalDate to = search.filters().to();
    return from != null && to != null && from.getYear() == y && to.getYear() == y;
  }
}
