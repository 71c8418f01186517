package gongbao.search.web.html;

import gongbao.search.SearchRequest;
import gongbao.search.SortOrder;
import gongbao.search.api.SearchHit;
import gongbao.search.api.SearchResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The search page: one search box, the chosen filters, facets, results, order, paging, an empty
 * state that says what to try, and the query syntax.
 *
 * @param response null before anything is asked, or when the query was refused
 * @param error why the query was refused, in words for the reader
 * @param fromCursor whether this page was reached by following a cursor
 */
public record SearchPage(
    SearchLink search, @Nullable SearchResponse response, ValueNames names, @Nullable String error, boolean fromCursor) {

  private static final List<String> EXAMPLES = List.of("劳模工匠", "\"工会驿站\"", "新就业形态", "职工书屋");

  public String render() {
    String title = search.query().isBlank() ? "工报 · 工会报刊检索" : search.query() + " · 工报检索";
    HtmlWriter html = PageShell.open(title, PageShell.Section.SEARCH);
    html.element("h1", response == null ? "检索工会报刊" : "检索结果", "class", response == null ? null : "visually-hidden");
    form(html);
    if (error != null) {
      html.open("p", "class", "error", "role", "alert").text(error).close("p");
    }
    if (response == null) {
      if (error == null) {
        welcome(html);
      }
      return PageShell.close(html);
    }
    html.open("div", "class", "results-layout", "id", "results");
    html.open("div", "class", "results");
    chosenFilters(html);
    summary(html, response);
    if (response.hits().isEmpty() && response.total() > 0) {
      Pager.writePastTheEnd(html, search, response, fromCursor);
    } else if (response.hits().isEmpty()) {
      emptyState(html);
    } else {
      html.element("h2", "检索到的文章", "id", "hits-heading", "class", "visually-hidden")
          .open("ol", "class", "hits", "aria-labelledby", "hits-heading");
      for (SearchHit hit : response.hits()) {
        html.open("li");
        ResultCard.write(html, hit, search, "h3");
        html.close("li");
      }
      html.close("ol");
      Pager.write(html, search, response, fromCursor);
    }
    html.close("div");
    FacetPanel.write(html, response.facets(), search, names);
    html.close("div");
    return PageShell.close(html);
  }

  private void form(HtmlWriter html) {
    html.open("form", "action", "/", "method", "get", "role", "search", "class", "search-form")
        .element("label", "检索词", "for", "q", "class", "visually-hidden")
        .empty("input", "type", "search", "id", "q", "name", "q", "value", search.query(), "list", "suggestions",
            "autocomplete", "off", "placeholder", "例如：劳模工匠 或 \u201c工会驿站\u201d", "aria-describedby", "q-help")
        .open("datalist", "id", "suggestions").close("datalist");
    for (String dimension : SearchLink.DIMENSIONS) {
      for (String value : search.values(dimension)) {
        html.empty("input", "type", "hidden", "name", dimension, "value", value);
      }
    }
    LocalDate from = search.filters().from();
    LocalDate to = search.filters().to();
    html.empty("input", "type", "hidden", "name", "from", "value", from == null ? null : from.toString());
    html.empty("input", "type", "hidden", "name", "to", "value", to == null ? null : to.toString());
    if (search.sort() != SortOrder.RELEVANCE) {
      html.empty("input", "type", "hidden", "name", "sort", "value", search.sort().name().toLowerCase(Locale.ROOT));
    }
    if (response != null && response.size() != SearchRequest.DEFAULT_SIZE) {
      html.empty("input", "type", "hidden", "name", "size", "value", Integer.toString(response.size()));
    }
    html.element("button", "检索", "type", "submit").close("form");
    html.element("p", "多个词之间用空格隔开；用引号检索完整短语。", "id", "q-help", "class", "hint");
    QueryHelp.write(html);
  }

  private void welcome(HtmlWriter html) {
    html.open("section", "class", "welcome", "aria-labelledby", "try-heading")
        .element("h2", "试试这些", "id", "try-heading").open("ul", "class", "examples");
    for (String example : EXAMPLES) {
      html.open("li").link(new SearchLink(example, search.filters(), SortOrder.RELEVANCE).href(), example).close("li");
    }
    html.close("ul").open("p").text("也可以看看各主题的").link("/trends", "报道趋势").text("，或").link("/about", "了解本站收录了什么")
        .text("。").close("p").close("section");
  }

  private void chosenFilters(HtmlWriter html) {
    if (!search.isFiltered()) {
      return;
    }
    html.open("div", "class", "chosen", "data-enhance", "chosen").element("span", "已选：", "class", "chosen-label")
        .open("ul");
    for (String dimension : SearchLink.DIMENSIONS) {
      for (String value : search.values(dimension)) {
        chip(html, search.removing(dimension, value), Labels.dimension(dimension) + "：" + names.of(dimension, value));
      }
    }
    if (search.filters().from() != null || search.filters().to() != null) {
      chip(html, search.dates(null, null), "日期：" + dateRange(search.filters().from(), search.filters().to()));
    }
    html.open("li").link(search.unfiltered().href(), "清除全部筛选", "class", "clear-all").close("li");
    html.close("ul").close("div");
  }

  private static void chip(HtmlWriter html, SearchLink without, String text) {
    html.open("li").open("a", "href", without.href(), "class", "chip", "title", "移除筛选 " + text)
        .text(text).element("span", "×", "aria-hidden", "true").element("span", "（移除）", "class", "visually-hidden")
        .close("a").close("li");
  }

  /** The query in quotation marks, unless it already has its own. */
  private static String quoted(String query) {
    return query.matches(".*[\"\u201c\u201d].*") ? query : "\u201c" + query + "\u201d";
  }

  private static String dateRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    return (from == null ? "" : from.toString()) + " 至 " + (to == null ? "" : to.toString());
  }

  private void summary(HtmlWriter html, SearchResponse response) {
    html.open("div", "class", "summary").open("p", "class", "total")
        .text("共 ").element("strong", Long.toString(response.total())).text(" 篇").close("p");
    html.open("nav", "class", "sort", "aria-label", "排序", "data-enhance", "sort").text("排序：");
    for (SortOrder order : SortOrder.values()) {
      if (order == search.sort()) {
        html.element("span", Labels.sort(order), "aria-current", "true", "class", "current");
      } else {
        html.link(search.sortedBy(order).href(), Labels.sort(order));
      }
    }
    html.close("nav").link(search.trendsHref(), "查看趋势", "class", "trend-link");
    if (response.facets().values().stream().anyMatch(values -> !values.isEmpty())) {
      html.link("#facets-heading", "筛选 ↓", "class", "to-facets");
    }
    html.close("div");
  }

  private void emptyState(HtmlWriter html) {
    html.open("section", "class", "empty", "aria-labelledby", "empty-heading")
        .element("h2", search.query().isBlank() ? "没有符合这些筛选条件的文章" : "没有找到与 " + quoted(search.query()) + " 相关的文章",
            "id", "empty-heading")
        .element("p", "可以试试：").open("ul");
    if (search.isFiltered()) {
      html.open("li").link(search.unfiltered().href(), "去掉所有筛选条件").text("，或在上方逐个移除").close("li");
    }
    String unquoted = search.query().replaceAll("[\"\u201c\u201d]", "");
    if (!unquoted.equals(search.query())) {
      html.open("li").link(new SearchLink(unquoted, search.filters(), search.sort()).href(), "去掉引号，检索" + unquoted)
          .close("li");
    }
    html.element("li", "换一个更短的词，或同义的说法（如 骑手 / 外卖配送员）");
    html.element("li", "检查是否有错别字");
    html.close("ul").close("section");
  }
}
