package gongbao.search.web.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.search.Filters;
import gongbao.search.SortOrder;
import gongbao.search.api.SearchResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerTest {

  private static final SearchLink SEARCH = new SearchLink("劳模", Filters.NONE, SortOrder.RELEVANCE);

  private static String pager(long total, int page, String nextCursor, boolean fromCursor) {
    HtmlWriter html = new HtmlWriter();
    Pager.write(html, SEARCH, new SearchResponse("劳模", total, 1, page, 10, List.of(), Map.of(), nextCursor), fromCursor);
    return html.toString();
  }

  @Test
  void pages_near_the_current_one_are_numbered_with_the_first_and_last_and_gaps_between() {
    String html = pager(200, 10, "c", false);
    assertTrue(html.contains(">上一页<") && html.contains(">下一页<"), html);
    assertTrue(html.contains("page=1\">1<") && html.contains("page=20\">20<"), html);
    assertTrue(html.contains("page=8\">8<") && html.contains("page=12\">12<"), html);
    assertFalse(html.contains("page=7\">7<") || html.contains("page=13\">13<"), html);
    assertTrue(html.contains("page=10\" aria-current=\"page\">10<"), html);
    assertTrue(html.contains("<li class=\"gap\">…</li>"), html);
  }

  @Test
  void past_the_last_numbered_page_a_more_link_follows_the_cursor() {
    String html = pager(50_000, 1000, "next+page/cursor", false);
    assertFalse(html.contains(">下一页<"), html);
    assertTrue(html.contains("&amp;cursor=next%2Bpage%2Fcursor\">更多结果<"), html);
  }

  @Test
  void a_page_reached_by_cursor_offers_the_next_cursor_and_the_way_back_to_page_one() {
    String html = pager(50_000, 1, "again", true);
    assertTrue(html.contains("page=1\">回到第 1 页<"), html);
    assertTrue(html.contains("cursor=again\">更多结果<"), html);
  }

  private static String pastTheEnd(long total, int page, boolean fromCursor) {
    HtmlWriter html = new HtmlWriter();
    SearchResponse response = new SearchResponse("劳模", total, 1, page, 5, List.of(), Map.of(), null);
    Pager.writePastTheEnd(html, SEARCH, response, fromCursor);
    return html.toString();
  }

  @Test
  void a_page_past_the_last_counts_the_pages_and_links_to_the_last_and_the_first() {
    String html = pastTheEnd(12, 999, false);
    assertTrue(html.contains(">第 999 页超出范围：共 12 篇，3 页<"), html);
    assertTrue(html.contains("page=3&amp;size=5\">前往最后一页（第 3 页）<"), html);
    assertTrue(html.contains("page=1&amp;size=5\">回到第 1 页<"), html);
  }

  @Test
  void a_cursor_past_the_end_says_nothing_follows_and_links_to_the_first_page() {
    String html = pastTheEnd(12, 1, true);
    assertTrue(html.contains(">这之后没有更多结果：共 12 篇<"), html);
    assertTrue(html.contains("page=1&amp;size=5\">回到第 1 页<"), html);
    assertFalse(html.contains("超出范围") || html.contains("最后一页"), html);
  }

  @Test
  void a_single_page_of_results_has_no_pager() {
    assertTrue(pager(7, 1, null, false).isEmpty());
  }
}
