package gongbao.search.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.RegionMention.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFactsTest {

  @Test
  void page_numbers_read_as_editions_and_other_page_names_stay_as_they_are() {
    assertEquals("第01版", ArticleFacts.page("01"));
    assertEquals("第A3版", ArticleFacts.page("A3"));
    assertEquals("page01", ArticleFacts.page("page01"));
  }

  @Test
  void dates_are_written_the_chinese_way_and_a_missing_date_says_so() {
    assertEquals("2024年3月22日", ArticleFacts.date(LocalDate.of(2024, 3, 22)));
    assertEquals("日期不详", ArticleFacts.date(null));
  }

  @Test
  void a_region_named_in_several_roles_is_tagged_once_by_its_last_name() {
    List<RegionMention> regions = List.of(
        new RegionMention("330282", "浙江省/宁波市/慈溪市", Role.ABOUT),
        new RegionMention("330282", "浙江省/宁波市/慈溪市", Role.DATELINE),
        new RegionMention("330000", "浙江省", Role.PUBLISHED));
    assertEquals(List.of("浙江省/宁波市/慈溪市", "浙江省"), ArticleFacts.regionPaths(regions));
    assertEquals("慈溪市", ArticleFacts.placeName("浙江省/宁波市/慈溪市"));
  }

  @Test
  void article_links_keep_the_colons_of_the_id_and_encode_the_rest() {
    assertEquals("/articles/grrb:2024-03-22:01:1", ArticleFacts.href("grrb:2024-03-22:01:1"));
    assertEquals("/articles/x%2F..%2Fy%20z", ArticleFacts.href("x/../y z"));
  }
}
