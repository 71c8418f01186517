package gongbao.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    "330282, 浙江省/宁波市/慈溪市", "宁波市, 浙江省/宁波市", "宁波, 浙江省/宁波市", "朝阳区, 朝阳区", "火星省, 火星省",
    "999999, 999999", "/, /"})
  void in_a_query_a_value_naming_one_place_stands_for_its_path_and_any_other_is_kept(String value, String term) {
    assertEquals(term, RegionValues.asPath(value));
  }
}
