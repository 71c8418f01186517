package gongbao.search.web.html;

import gongbao.search.SearchRequest;
import gongbao.search.api.SearchResponse;
import org.jspecify.annotations.Nullable;

/**
 * Paging links: numbered pages as deep as numbered paging may go, then a "more" link that follows
 * the response's cursor, which pages to the end at constant cost.
 */
final class Pager {

  private static final int NEIGHBOURS = 2;

  private Pager() {}

  static void write(HtmlWriter html, SearchLink search, SearchResponse response, boolean fromCursor) {
    int size = response.size();
    String sizeParam = size == SearchRequest.DEFAULT_SIZE ? "" : "&size=" + size;
    long pages = (response.total() + size - 1) / size;
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

  private static void cursorLink(HtmlWriter html, SearchLink search, @Nullable String cursor, String sizeParam) {
    if (cursor != null) {
      item(html, search.cursorHref(cursor) + sizeParam, "更多结果", null);
    }
  }

  private static void item(HtmlWriter html, String href, String text, @Nullable String current) {
    html.open("li").link(href, text, "aria-current", current).close("li");
  }
}
