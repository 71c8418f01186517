package gongbao.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionValuesTest {

  @ParameterizedTest
  @CsvSource({
    "浙江省/宁波市, 浙江省/宁波市", "330200, 浙江省/宁波市", "宁波市, 浙江省/宁波市", "宁波, 浙江省/宁波市",
    "慈溪市, 浙江省/宁波市/慈溪市", "999999, 999999"})
  void a_filter_value_stands_for_the_path_of_the_one_place_it_names_or_an_unknown_code(String value, String path) {
    assertEquals(path, RegionValues.filterValue(value));
  }

  @ParameterizedTest
  @CsvSource({
    "330282, 浙江省/宁波市/慈溪市", "宁波市, 浙江省/宁波市", "宁波, 浙江省/宁波市", "999999, 999999",
    "恩施, 湖北省/恩施土家族苗族自治州|湖北省/恩施土家族苗族自治州/恩施市"})
  void in_a_query_a_value_stands_for_the_paths_of_every_place_it_names(String value, String terms) {
    assertEquals(List.of(terms.split("\\|")), RegionValues.queryTerms(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"火星省", "/", "浙江省/", "湖北省/武昌区"})
  void in_a_query_a_value_naming_no_place_is_refused_as_a_filters_would_be(String value) {
    QuerySyntaxException refused = assertThrows(QuerySyntaxException.class, () -> RegionValues.queryTerms(value));
    assertTrue(refused.getMessage().contains("unknown region"), refused.getMessage());
  }
}
