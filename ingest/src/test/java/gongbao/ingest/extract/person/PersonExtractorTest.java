package gongbao.ingest.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.extract.region.RegionGazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {

  private final ArticleSegmenter segmenter = new ArticleSegmenter();
  private final PersonExtractor extractor = new PersonExtractor(RegionGazetteer.builtIn());

  private List<String> persons(String body, List<String> byline) {
    return extractor.persons(List.of(segmenter.segment(body)), byline);
  }

  @Test
  void people_named_in_the_story_are_found_without_a_trailing_shuo() {
    assertEquals(List.of("余建国"), persons("胡百科、余建国等老劳模参加活动。", List.of()));
    assertEquals(List.of("解永成"), persons("平凉市农商行党委书记、董事长解永成说:", List.of()));
  }

  @Test
  void the_byline_staff_are_not_persons_of_the_story() {
    assertEquals(List.of(), persons("本报讯(记者张菁)10月19日,研讨会在北京举办。", List.of()));
    assertEquals(List.of("余建国"), persons("余建国参加。记者王伟报道。", List.of("王伟")));
  }

  @Test
  void a_line_of_names_is_a_photo_credit() {
    assertEquals(List.of(), persons("活动现场。\n郑青青 周永祥", List.of()));
  }

  @Test
  void a_name_cut_short_by_the_segmenter_is_completed() {
    assertEquals(List.of("钱晓岚"), persons("杭州市旅贸工会主席钱晓岚表示,工作有成效。", List.of()));
  }

  @Test
  void authors_after_the_dots_of_a_contents_line_are_staff() {
    assertEquals(List.of("史帅帅"),
        persons("…… 黄洪涛 钱德乾 殷泓玥全国职工职业技能大赛冠军史帅帅:在焊花中闪耀", List.of()));
  }
}
