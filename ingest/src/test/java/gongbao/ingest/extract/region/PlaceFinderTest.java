package gongbao.ingest.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.extract.ArticleSegmenter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

  private static final RegionGazetteer GAZETTEER = RegionGazetteer.builtIn();
  private static final PlaceFinder FINDER = new PlaceFinder(GAZETTEER);
  private final ArticleSegmenter segmenter = new ArticleSegmenter();

  private List<String> codes(String text, @Nullable String paperRegion) {
    return FINDER.find(segmenter.segment(text), paperRegion).stream().map(m -> m.place().regionCode()).toList();
  }

  @Test
  void full_names_are_found_where_they_are_written() {
    List<PlaceMatch> matches = FINDER.find(segmenter.segment("近日,江苏省盐城市阜宁县总工会发布结果。"), null);
    assertEquals(List.of("320000", "320900", "320923"), matches.stream().map(m -> m.place().id()).toList());
    assertEquals(3, matches.get(0).start());
    assertEquals(6, matches.get(0).end());
  }

  @Test
  void a_short_form_on_a_paper_of_its_province_is_that_county() {
    assertEquals(List.of("330881"), codes("江山成立商场信息员联合工会。", "330000"));
  }

  @Test
  void a_short_form_that_is_an_ordinary_word_is_not_a_place_without_context() {
    assertEquals(List.of(), codes("江山如此多娇,引无数英雄竞折腰。", null));
  }

  @Test
  void a_short_form_followed_by_union_is_a_place_on_any_paper() {
    assertEquals(List.of("330723"), codes("武义工会推动贺信精神走进一线。", null));
  }

  @Test
  void a_shared_form_follows_the_places_around_it() {
    assertEquals(List.of("220000", "220000", "220100"), codes("活动走进吉林。吉林省长春市的企业参加。", null));
  }

  @Test
  void a_short_form_before_street_or_town_names_the_street() {
    assertEquals(List.of(), codes("围绕阜城街道等工业集中镇区开展竞赛。", "320900"));
  }

  @Test
  void zones_are_found_by_their_common_names() {
    assertEquals(List.of("371000"), codes("威海高新区总工会成立产业链工匠学院。", null));
  }

  @Test
  void a_county_short_form_that_is_mostly_an_ordinary_word_needs_its_province_or_city() {
    assertEquals(List.of(), codes("这所学校的成绩在全州排名垫底。", null));
    assertEquals(List.of(), codes("救援人员沿河道向下游搜索。", null));
  }

  @Test
  void a_county_short_form_once_followed_by_a_company_word_is_that_company_in_the_whole_text() {
    assertEquals(List.of(), codes("万科和龙湖集团公布销售数据,龙湖上半年销售额增长。", null));
  }

  @Test
  void a_district_short_form_followed_by_a_part_of_the_compass_is_a_region_of_the_map() {
    assertEquals(List.of(), codes("江南大部、江汉西部将有降雨,江汉平原降温。", null));
  }

  @Test
  void a_direction_word_is_no_county() {
    assertEquals(List.of("510000", "620000"), codes("四川东北部和甘肃南部将有降雪。", null));
  }

  @Test
  void a_government_or_a_direction_of_travel_is_no_place() {
    assertEquals(List.of(), codes("北京当局表示不满,北京政府回应。京沪高速北京方向封闭施工。", null));
  }

  @Test
  void an_autonomous_prefecture_goes_by_its_short_form_with_its_unit_word() {
    assertEquals(List.of("513300", "513301"), codes("甘孜州发生地震,康定受灾。", null));
  }

  @Test
  void the_reading_of_a_shared_form_relates_the_counties_around_it() {
    assertEquals(List.of("610100", "610582"), codes("西安的演出里有华阴老腔。", null));
  }
}
