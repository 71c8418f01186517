package gongbao.search.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.search.Filters;
import gongbao.search.SortOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchLinkTest {

  private static final SearchLink SEARCH = new SearchLink("工会 驿站", Filters.NONE, SortOrder.RELEVANCE);

  @Test
  void a_plain_search_links_to_its_query_alone() {
    assertEquals("/?q=%E5%B7%A5%E4%BC%9A%20%E9%A9%BF%E7%AB%99", SEARCH.href());
    assertFalse(SEARCH.isFiltered());
  }

  @Test
  void adding_then_removing_a_filter_value_gives_back_the_same_link() {
    SearchLink narrowed = SEARCH.adding("region", "浙江省/宁波市").adding("topic", "skills").adding("region", "西藏自治区");
    assertEquals(List.of("浙江省/宁波市", "西藏自治区"), narrowed.values("region"));
    assertTrue(narrowed.href().endsWith("&region=%E6%B5%99%E6%B1%9F%E7%9C%81%2F%E5%AE%81%E6%B3%A2%E5%B8%82"
        + "&region=%E8%A5%BF%E8%97%8F%E8%87%AA%E6%B2%BB%E5%8C%BA&topic=skills"), narrowed.href());
    assertEquals(SEARCH.href(), narrowed.removing("region", "浙江省/宁波市").removing("region", "西藏自治区")
        .removing("topic", "skills").href());
  }

  @Test
  void a_search_at_the_limit_of_filter_values_links_to_itself_instead_of_adding_one_more() {
    List<String> papers = IntStream.range(0, Filters.MAX_VALUES).mapToObj(i -> "p" + i).toList();
    SearchLink full = new SearchLink("工会", new Filters(List.of(), List.of(), List.of(), papers, List.of(), List.of(),
        null, null), SortOrder.RELEVANCE);
    assertEquals(full, full.adding("topic", "skills"));
    assertEquals(List.of("skills"), full.removing("paper", "p0").adding("topic", "skills").values("topic"));
  }

  @Test
  void a_year_is_a_date_range_and_the_order_is_kept_in_the_link_unless_it_is_relevance() {
    SearchLink link = SEARCH.year(2023).sortedBy(SortOrder.NEWEST);
    assertEquals(LocalDate.of(2023, 12, 31), link.filters().to());
    assertTrue(link.href().endsWith("&from=2023-01-01&to=2023-12-31&sort=newest"), link.href());
    assertEquals("/trends?q=%E5%B7%A5%E4%BC%9A%20%E9%A9%BF%E7%AB%99&from=2023-01-01&to=2023-12-31", link.trendsHref());
  }

  @Test
  void a_year_chosen_within_a_date_range_keeps_the_part_of_the_range_in_that_year() {
    SearchLink ranged = SEARCH.dates(LocalDate.of(2005, 3, 1), LocalDate.of(2007, 6, 30));
    assertEquals(LocalDate.of(2005, 3, 1), ranged.year(2005).filters().from());
    assertEquals(LocalDate.of(2005, 12, 31), ranged.year(2005).filters().to());
    assertEquals(LocalDate.of(2006, 1, 1), ranged.year(2006).filters().from());
    assertEquals(LocalDate.of(2007, 6, 30), ranged.year(2007).filters().to());
    assertEquals(LocalDate.of(2010, 1, 1), ranged.year(2010).filters().from(), "a year outside the range: the year");
  }

  @Test
  void a_browse_link_from_a_tag_has_an_empty_query_newest_first() {
    assertEquals("/?q=&union=%E6%85%88%E6%BA%AA%E5%B8%82%E6%80%BB%E5%B7%A5%E4%BC%9A&sort=newest",
        SearchLink.browse("union", "慈溪市总工会").href());
  }
}
