package gongbao.ingest.extract.union;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.UnionMention;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.extract.region.PlaceFinder;
import gongbao.ingest.extract.region.PlaceMatch;
import gongbao.ingest.extract.region.RegionGazetteer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class UnionExtractorTest {

  private static final RegionGazetteer GAZETTEER = RegionGazetteer.builtIn();
  private final ArticleSegmenter segmenter = new ArticleSegmenter();

  private List<UnionMention> unions(String heading, String body, @Nullable String paperRegion) {
    List<SegmentedText> texts = List.of(segmenter.segment(heading), segmenter.segment(body));
    List<List<PlaceMatch>> places = new PlaceFinder(GAZETTEER).find(texts, paperRegion);
    return new UnionExtractor(GAZETTEER).unions(texts, places, paperRegion);
  }

  private List<String> names(String body) {
    return unions("", body, null).stream().map(UnionMention::name).toList();
  }

  @Test
  void a_provincial_federation_written_as_abbreviation_gets_its_full_name() {
    assertEquals(List.of(new UnionMention("西藏自治区总工会", "provincial", "540000")),
        unions("西藏自治区总开展巡回宣讲活动", "宣讲团走进一线。", null));
  }

  @Test
  void a_national_industry_union_has_no_region() {
    assertEquals(List.of(new UnionMention("中国国防邮电工会", "industry", null)),
        unions("", "中国国防邮电工会举办活动。", null));
  }

  @Test
  void industry_federation_and_enterprise_unions_take_their_region() {
    assertEquals(List.of(new UnionMention("杭州市旅贸工会", "industry", "330100")),
        unions("", "近日,杭州市旅贸工会启动系列活动。", "330000"));
    assertEquals(List.of(new UnionMention("江山市商场信息员联合工会", "federation", "330881")),
        unions("", "这标志着江山市商场信息员联合工会正式成立。", "330000"));
    assertEquals(List.of(new UnionMention("宁波市公交集团工会", "enterprise", "330200")),
        unions("", "宁波市公交集团工会印发指导意见。", "330000"));
  }

  @Test
  void a_district_federation_is_named_with_its_city() {
    assertEquals(List.of(new UnionMention("重庆市沙坪坝区总工会", "county", "500106")),
        unions("重庆沙坪坝区总从服务骑手入手", "沙坪坝区总工会推动建设。", null));
    assertEquals(List.of("杭州市临安区总工会"), names("杭州临安总工会上线职工线上运动会。"));
  }

  @Test
  void bare_abbreviations_stand_for_the_unit_named_last_before_them() {
    assertEquals(List.of("重庆市沙坪坝区总工会"), names("沙坪坝区开展建设。区总通过举办受聘仪式,带动更多骑手加入。"));
    assertEquals(List.of("玉环市总工会"), names("玉环市组织体检。市总还按区域划分,指定了两个医院。"));
    assertEquals(List.of("重庆市沙坪坝区总工会"), names("沙坪坝区总计划推出多项新举措。"));
  }

  @Test
  void the_national_federation_has_one_name() {
    assertEquals(List.of(new UnionMention("中华全国总工会", "national", null)),
        unions("", "在全国总工会推动下,落实全总工作部署,中华全国总工会授予称号。", null));
  }

  @Test
  void generic_phrases_and_words_for_workers_name_no_union() {
    assertEquals(List.of(), names("各级工会和基层工会要关心职工会员,企业工会要发挥作用。"));
    assertEquals(List.of(), names("分别向恩施州、黔东南州两地工会捐赠物资。"));
  }

  @Test
  void a_consulate_general_is_no_union() {
    assertEquals(List.of(), names("美国驻武汉总领馆宣布闭馆。"));
  }

  @Test
  void a_name_without_anchor_is_the_organisation_named_in_full_before() {
    assertEquals(List.of("杭州市余杭区瓶窑镇总工会"),
        names("杭州市余杭区瓶窑镇总工会举行开班仪式。下一步,瓶窑镇总工会将常态化开展活动。"));
  }

  @Test
  void a_zone_union_is_named_after_the_zone_and_counts_under_its_city() {
    assertEquals(List.of(new UnionMention("盐城经济技术开发区总工会", "county", "320900")),
        unions("", "盐城经开区总工会召开推进会。", "320900"));
  }

  @Test
  void an_enterprise_with_a_name_of_its_own_is_a_union() {
    assertEquals(List.of("传化集团工会"), names("由宁围街道主办,传化集团工会协办的比武举行。"));
  }

  @Test
  void sector_unions_are_named_after_their_trade_even_where_the_segmenter_tags_it_a_verb() {
    assertEquals(List.of(new UnionMention("温州市鹿城区快递行业联合工会", "federation", "330302")),
        unions("", "温州市鹿城区快递行业联合工会召开第一次会员大会。", "330000"));
    assertEquals(List.of("台州市网约车司机联合工会"), names("台州市网约车司机联合工会为司机送上清凉。"));
    assertEquals(List.of("金华市婺城区快递联合工会"), names("金华市婺城区快递联合工会挂牌。"));
    assertEquals(List.of(new UnionMention("宁波市家政行业工会", "industry", "330200")),
        unions("", "宁波市家政行业工会开展培训。", null));
  }

  @Test
  void a_sector_word_without_its_trade_names_no_union() {
    assertEquals(List.of(), names("截至目前,全市已组建物流、家政等行业工会十二家,宁波市行业工会建设提速。"));
  }

  @Test
  void two_unions_joined_by_a_conjunction_after_an_abbreviation_are_two_names() {
    assertEquals(List.of("成都市总工会", "成都市武侯区总工会"), names("成都市总和武侯区总工会共同走访骑手。"));
    assertEquals(List.of("浙江省总工会", "宁波市总工会"),
        unions("", "省总和市总工会联合推动。", "330200").stream().map(UnionMention::name).toList());
  }

  @Test
  void a_zong_that_starts_another_word_is_no_abbreviation_and_nothing_before_the_place_is_the_name() {
    assertEquals(List.of(), names("她获希望之星英语风采大赛湖北省总决赛二等奖。"));
    assertEquals(List.of(), names("将军山云赴广西总兵之职,到任后询访民情。"));
    assertEquals(List.of(), names("该工程竣工后,将年供给阳城县总水量3340万立方米。"));
    assertEquals(List.of("湖北省总工会"), names("她获希望之星英语风采大赛湖北省总工会颁发的奖章。"));
  }

  @Test
  void an_app_named_after_a_union_is_not_the_union() {
    assertEquals(List.of(), names("职工可通过浙江工会APP预约体检,也可在地图上查找驿站。"));
  }
}
