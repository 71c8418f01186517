package gongbao.ingest.extract.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  private final ArticleSegmenter segmenter = new ArticleSegmenter();

  @Test
  void the_words_the_story_turns_around_come_first_and_the_ranking_is_stable() {
    SegmentedText heading = segmenter.segment("骑手驿站里的生日会");
    SegmentedText body = segmenter.segment("骑手驿站为骑手举办生日会。骑手在驿站切蛋糕,驿站每月为骑手举办生日会。");
    List<String> keywords = new KeywordExtractor(3).keywords(heading, body);
    assertEquals(3, keywords.size());
    assertTrue(keywords.contains("骑手"), keywords.toString());
    assertEquals(keywords, new KeywordExtractor(3).keywords(heading, body));
  }

  @Test
  void of_words_that_rank_alike_the_earlier_ones_are_kept() {
    SegmentedText body = new SegmentedText("骑手驿站蛋糕", List.of(
        new Token("骑手", 0, "n"), new Token("驿站", 2, "n"), new Token("蛋糕", 4, "n")));
    assertEquals(List.of("骑手", "驿站"), new KeywordExtractor(2).keywords(SegmentedText.empty(), body));
  }

  @Test
  void a_union_term_hanlp_cuts_up_is_one_keyword() {
    SegmentedText body = segmenter.segment("推动新就业形态健康发展。新就业形态吸纳就业。平台关注新就业形态。");
    List<String> keywords = new KeywordExtractor(3).keywords(SegmentedText.empty(), body);
    assertTrue(keywords.contains("新就业形态"), keywords.toString());
    assertTrue(!keywords.contains("形态"), keywords.toString());
  }

  @Test
  void words_of_every_union_story_are_not_keywords() {
    List<String> keywords = new KeywordExtractor(10).keywords(SegmentedText.empty(),
        segmenter.segment("工会组织职工开展技能培训,工会服务职工。技能培训覆盖全市企业,培训课程按职工需求设置。"));
    assertTrue(keywords.contains("培训"), "the story's own words are keywords: " + keywords);
    assertTrue(!keywords.contains("工会") && !keywords.contains("职工"), keywords.toString());
  }
}
