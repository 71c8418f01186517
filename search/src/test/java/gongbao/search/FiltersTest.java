package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FiltersTest {

  private static List<String> values(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
  }

  private static Filters filters(List<String> regions, List<String> topics, List<String> papers, List<String> kinds) {
    return new Filters(regions, List.of(), topics, papers, List.of(), kinds, null, null);
  }

  private static String refusal(List<String> regions, List<String> kinds) {
    return assertThrows(BadRequestException.class, () -> filters(regions, List.of(), List.of(), kinds)).getMessage();
  }

  @Test
  void more_filter_values_than_the_limit_in_all_dimensions_together_are_a_bad_request_naming_it() {
    String tooMany = assertThrows(BadRequestException.class,
        () -> filters(List.of(), List.of(), values("p", 1024), List.of())).getMessage();
    assertTrue(tooMany.contains("at most " + Filters.MAX_VALUES) && tooMany.contains("1024"), tooMany);
    assertThrows(BadRequestException.class, () -> filters(List.of(), values("t", 600), values("p", 600), List.of()));
    assertThrows(BadRequestException.class,
        () -> filters(List.of("浙江省"), values("t", 50), values("p", Filters.MAX_VALUES - 50), List.of()));
    assertDoesNotThrow(() -> filters(List.of("浙江省"), values("t", 50), values("p", Filters.MAX_VALUES - 51), List.of()));
  }

  @Test
  void an_unknown_kind_is_a_bad_request_listing_the_kinds() {
    String message = refusal(List.of(), List.of("news", "essay"));
    assertTrue(message.contains("'essay'") && message.contains("news, photo, commentary, brief, toc"), message);
    assertDoesNotThrow(() -> filters(List.of(), List.of(), List.of(), List.of("news", "toc")));
  }

  @Test
  void a_region_path_with_an_empty_name_names_no_place() {
    for (String region : List.of("/", "//", "浙江省/", "/浙江省", "浙江省//宁波市")) {
      assertTrue(refusal(List.of(region), List.of()).contains("region '" + region + "' names no place"), region);
    }
  }

  @Test
  void a_region_the_gazetteer_does_not_know_is_a_bad_request() {
    for (String region : List.of("火星省", "浙江省/火星市", "浙江省/衢州市/慈溪市", "浙江省/宁波")) {
      String message = refusal(List.of(region), List.of());
      assertTrue(message.startsWith("unknown region '" + region + "'"), message);
    }
  }

  @Test
  void a_place_name_that_names_several_places_is_a_bad_request_listing_their_paths() {
    assertEquals("region '朝阳区' names 2 places; choose one of 北京市/朝阳区, 吉林省/长春市/朝阳区",
        refusal(List.of("朝阳区"), List.of()));
  }

  @Test
  void places_named_by_path_name_or_code_and_unknown_codes_are_accepted() {
    assertDoesNotThrow(() -> filters(List.of("浙江省/宁波市", "宁波市", "宁波", "330200", "999999"),
        List.of(), List.of(), List.of()));
  }
}
