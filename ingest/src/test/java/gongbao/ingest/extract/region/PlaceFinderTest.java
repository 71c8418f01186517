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
}
