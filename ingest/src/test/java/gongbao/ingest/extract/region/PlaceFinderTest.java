package gongbao.ingest.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.analysis.SegmentedText;
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
  void a_province_named_beside_another_is_no_county_of_that_other() {
    assertEquals(List.of("410000", "630000"), codes("来自河南、青海的代表参加会议。", null));
    assertEquals(List.of("460000"), codes("青海与海南的合作", null).subList(1, 2));
    assertEquals(List.of("110000", "120000", "130000"), codes("访问了北京、天津、河北等地。", null));
  }

  @Test
  void a_county_whose_name_is_an_ordinary_word_needs_more_than_its_province() {
    assertEquals(List.of("130000"), codes("河北省走上了复兴之路。", null));
    assertEquals(List.of("450000"), codes("广西加强水资源保护,资源节约成效明显。", null));
  }

  @Test
  void a_countys_short_form_that_no_other_place_supports_is_not_taken() {
    assertEquals(List.of(), codes("南海是大伙的祖宗海。", null));
    assertEquals(List.of(), codes("赵乐际韩正王岐山出席", null));
    assertEquals(List.of("440600", "440605"), codes("佛山的南海有很多工厂。", null));
  }

  @Test
  void a_compass_quarter_and_a_sea_or_lake_needs_its_city_more_than_its_province() {
    assertEquals(List.of("440000"), codes("广东渔民在南海捕鱼。", null));
    assertEquals(List.of("440600", "440605"), codes("佛山市的南海有很多工厂。", null));
  }

  @Test
  void a_form_inside_a_persons_name_is_no_place() {
    SegmentedText text = segmenter.segment("湖北茶农陈来凤通过直播卖茶。");
    assertEquals(List.of("420000", "422827"), codes("湖北茶农陈来凤通过直播卖茶。", null));
    assertEquals(List.of("420000"), FINDER.find(List.of(text), null, List.of("陈来凤")).get(0).stream()
        .map(m -> m.place().regionCode()).toList());
  }

  @Test
  void a_full_name_is_not_lost_to_a_short_form_the_segmenter_cut_across_it() {
    assertEquals(List.of("450821"), codes("广西平南县决战决胜脱贫攻坚", null));
  }

  @Test
  void a_county_named_by_a_common_word_needs_more_than_its_province_right_before_it() {
    assertEquals(List.of("420000", "440000"), codes("湖北公安民警连夜出警。广东新兴产业发展迅速。", null));
    assertEquals(List.of("420000", "421022", "421022"), codes("湖北省公安县公安民警连夜出警。", null));
  }

  @Test
  void a_county_written_right_after_its_province_is_that_county_throughout() {
    assertEquals(List.of("330000", "330881", "330881"), codes("在浙江江山,延续了十来年。江山有120多个行政村。", null));
  }

  @Test
  void a_county_named_like_a_province_is_that_county_under_its_prefecture_or_on_its_paper() {
    assertEquals(List.of("632300", "632324"), codes("黄南州的牧民和河南的牧民", null));
    assertEquals(List.of("632324"), codes("河南的牧民", "630000"));
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
