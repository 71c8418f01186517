package gongbao.ingest.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.RegionMention;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.analysis.SegmentedText;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RegionRolesTest {

  private static final RegionGazetteer GAZETTEER = RegionGazetteer.builtIn();
  private final ArticleSegmenter segmenter = new ArticleSegmenter();

  private List<String> regions(String heading, String body, @Nullable String paperRegion) {
    SegmentedText headingText = segmenter.segment(heading);
    SegmentedText bodyText = segmenter.segment(body);
    List<List<PlaceMatch>> places = new PlaceFinder(GAZETTEER).find(List.of(headingText, bodyText), paperRegion);
    List<RegionMention> regions =
        new RegionRoles(GAZETTEER).regions(places.get(0), places.get(1), List.of(), bodyText.text(), paperRegion);
    return regions.stream().map(region -> region.role().id() + ":" + region.path()).toList();
  }

  @Test
  void about_keeps_the_most_specific_unit_of_the_lead() {
    assertEquals(List.of("published:浙江省", "about:浙江省/宁波市/慈溪市"),
        regions("驿站里的生日会", "在浙江省慈溪市总工会骑手驿站,一场集体生日会正在进行。\n大家很开心。", "330000"));
  }

  @Test
  void a_place_named_once_late_in_the_body_is_not_what_the_story_is_about() {
    assertEquals(List.of("about:浙江省/绍兴市/嵊州市"),
        regions("嵊州市供电公司工会组织员工收看节目", "职工集中收看节目。\n注册成立宁波志愿服务中心。", null));
  }

  @Test
  void a_dateline_taken_off_by_the_splitter_gives_its_place() {
    SegmentedText dateline = segmenter.segment("新华社北京10月19日电");
    List<PlaceMatch> places = new PlaceFinder(GAZETTEER).find(dateline, null);
    assertEquals(List.of("dateline:北京市"), new RegionRoles(GAZETTEER)
        .regions(List.of(), List.of(), places, "", null).stream()
        .map(region -> region.role().id() + ":" + region.path()).toList());
  }

  @Test
  void a_dateline_place_has_its_own_role() {
    assertEquals(List.of("dateline:北京市", "about:浙江省/杭州市"),
        regions("标题", "新华社北京10月19日电 杭州市总工会举办活动。", null));
  }

  @Test
  void a_photo_caption_under_an_empty_body_is_the_lead() {
    assertEquals(List.of("about:山东省/青岛市"), regions("港口比武", "\n4月24日,山东省青岛市一家港口企业举办技能比武。", null));
    assertEquals(List.of("about:西藏自治区/林芝市"),
        regions("演练", "\n西藏自治区交通运输厅在西藏林芝市开展演练。", null));
  }

  @Test
  void a_lead_without_place_gives_way_to_the_first_paragraph_that_names_one_in_full() {
    assertEquals(List.of("about:江苏省/南京市/鼓楼区"), regions("驿站成了歇脚点",
        "记者从全国总工会获悉,驿站建设提速。\n在江苏省南京市鼓楼区,一家驿站设施齐全。\n杭州的驿站也多了。", null));
  }
}
