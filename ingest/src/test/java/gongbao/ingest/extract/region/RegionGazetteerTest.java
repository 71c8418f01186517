package gongbao.ingest.extract.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionGazetteerTest {

  private static final RegionGazetteer GAZETTEER = RegionGazetteer.builtIn();

  private static List<String> paths(String form) {
    return GAZETTEER.lookup(form).stream().map(f -> GAZETTEER.path(f.place().regionCode())).toList();
  }

  @Test
  void form_lengths_at_a_position_are_every_form_starting_there_longest_first() {
    String text = "在威海火炬高技术产业开发区工作";
    assertArrayEquals(new int[] {12, 2}, GAZETTEER.formLengthsAt(text, 1)); // 威海火炬高技术产业开发区, 威海
    assertArrayEquals(new int[] {}, GAZETTEER.formLengthsAt(text, 0));
    assertArrayEquals(new int[] {}, GAZETTEER.formLengthsAt(text, text.length()));
    assertArrayEquals(new int[] {2}, GAZETTEER.formLengthsAt("威海", 0)); // a form ending with the text
  }

  @Test
  void short_forms_name_their_county_with_its_parents() {
    assertEquals(List.of("浙江省/宁波市/慈溪市"), paths("慈溪"));
    assertEquals(List.of("江苏省/盐城市/阜宁县"), paths("阜宁"));
    assertEquals(List.of("重庆市/沙坪坝区"), paths("沙坪坝"));
  }

  @Test
  void autonomous_regions_and_prefectures_have_short_forms() {
    assertEquals(List.of("西藏自治区"), paths("西藏"));
    assertEquals(List.of("广西壮族自治区"), paths("广西"));
    assertEquals(List.of("内蒙古自治区"), paths("内蒙古"));
    assertEquals(List.of("吉林省/延边朝鲜族自治州"), paths("延边"));
  }

  @Test
  void development_zones_count_under_their_city() {
    assertEquals(List.of("山东省/威海市"), paths("威海高新区"));
    assertEquals(List.of("山东省/威海市"), paths("威海火炬高技术产业开发区"));
    assertEquals(List.of("江苏省/盐城市"), paths("盐城经开区"));
    assertEquals(List.of("江苏省/盐城市"), paths("盐南高新区"));
    assertEquals(List.of("河北省"), paths("雄安新区"));
    assertEquals(Place.Kind.ZONE, GAZETTEER.lookup("威海高新区").get(0).place().kind());
    assertEquals("威海火炬高技术产业开发区", GAZETTEER.lookup("威海高新区").get(0).place().name());
  }

  @Test
  void a_form_shared_by_two_units_lists_both() {
    assertEquals(List.of("吉林省", "吉林省/吉林市"), paths("吉林"));
  }

  @Test
  void one_character_forms_and_new_area_short_forms_are_not_made() {
    assertTrue(GAZETTEER.lookup("沙").isEmpty());
    assertEquals(List.of("江苏省/盐城市/滨海县"), paths("滨海"));
  }

  @Test
  void a_city_without_counties_is_not_listed_under_itself() {
    assertEquals("广东省/东莞市", GAZETTEER.path("441900"));
    assertEquals("海南省/儋州市", GAZETTEER.path("460400"));
  }

  @Test
  void containment_follows_the_parent_chain() {
    assertTrue(GAZETTEER.contains("330000", "330282"));
    assertTrue(GAZETTEER.contains("330200", "330282"));
    assertTrue(!GAZETTEER.contains("320000", "330282"));
  }
}
