package gongbao.search.web.html;

import gongbao.search.SearchRequest;
import gongbao.search.api.SearchResponse;
import org.jspecify.annotations.Nullable;

/**
 * Paging links: numbered pages as deep as numbered paging may go, then a "more" link that follows
 * the response's cursor, which pages to the end at constant cost; and, for a page past the last, the
 * way back into the results.
 */
final class Pager {

  private static final int NEIGHBOURS = 2;

  private Pager() {}

  static void write(HtmlWriter html, SearchLink search, SearchResponse response, boolean fromCursor) {
    int size = response.size();
    String sizeParam = sizeParam(size);
    long pages = pageCount(response);
    long numbered = Math.min(pages, SearchRequest.MAX_WINDOW / size);
    if (pages <= 1) {
      return;
    }
    html.open("nav", "class", "pager", "aria-label", "翻页", "data-enhance", "pager").open("ul");
    if (fromCursor) {
      item(html, search.pageHref(1) + sizeParam, "回到第 1 页", null);
      cursorLink(html, search, response.nextCursor(), sizeParam);
      html.close("ul").close("nav");
      return;
    }
    int current = response.page();
    if (current > 1) {
      item(html, search.pageHref(current - 1) + sizeParam, "上一页", null);
    }
    long previous = 0;
    for (long page = 1; page <= numbered; page++) {
      boolean shown = page == 1 || page == numbered || Math.abs(page - current) <= NEIGHBOURS;
      if (!shown) {
        continue;
      }
      if (page > previous + 1) {
        html.open("li", "class", "gap").text("…").close("li");
      }
      item(html, search.pageHref((int) page) + sizeParam, Long.toString(page), page == current ? "page" : null);
      previous = page;
    }
    if (current < numbered) {
      item(html, search.pageHref(current + 1) + sizeParam, "下一页", null);
    } else {
      cursorLink(html, search, response.nextCursor(), sizeParam);
    }
    html.close("ul").close("nav");
  }

  /**
   * In place of the hits of a page past the last (the search matched articles, this page holds none):
   * how many there are, and links to the last page and the first; a cursor past the end links to the first.
   */
  static void writePastTheEnd(HtmlWriter html, SearchLink search, SearchResponse response, boolean fromCursor) {
    String sizeParam = sizeParam(response.size());
    long pages = pageCount(response);
    String heading = fromCursor
        ? "这之后没有更多结果：共 " + response.total() + " 篇"
        : "第 " + response.page() + " 页超出范围：共 " + response.total() + " 篇，" + pages + " 页";
    html.open("section", "class", "empty", "aria-labelledby", "empty-heading")
        .element("h2", heading, "id", "empty-heading").open("ul");
    if (!fromCursor) {
      item(html, search.pageHref((int) pages) + sizeParam, "前往最后一页（第 " + pages + " 页）", null);
    }
    item(html, search.pageHref(1) + sizeParam, "回到第 1 页", null);
    html.close("ul").close("section");
  }

  private static long pageCount(SearchResponse response) {
    return (response.total() + response.size() - 1) / response.size();
  }

  private static String sizeParam(int size) {
    return size == SearchRequest.DEFAULT_SIZE ? "" : "&size=" + size;
  }

  private static void cursorLink(HtmlWriter html, SearchLink search, @Nullable String cursor, String sizeParam) {
    if (cursor != null) {
      item(html, search.cursorHref(cursor) + sizeParam, "更多结果", null);
    }
  }

  private static void item(HtmlWriter html, String href, String text, @Nullable String current) {
    html.open("li").link(href, text, "aria-current", current).close("li");
  }
}
