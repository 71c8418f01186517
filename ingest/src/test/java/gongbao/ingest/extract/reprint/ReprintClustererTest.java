package gongbao.ingest.extract.reprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReprintClustererTest {

  private static final String STORY = "近日,慈溪市总工会在骑手驿站为当月过生日的快递员举行集体生日会。"
      + "据悉,慈溪市总工会已将这一活动推广到全市11家骑手驿站,每月为当月过生日的快递员等举行集体生日会。";

  private static ReprintClusterer clusterer() {
    return new ReprintClusterer(new MinHasher(64, 5, 7), 0.6, 4, 20);
  }

  @Test
  void the_same_story_in_two_papers_shares_the_first_one_id() {
    ReprintClusterer clusterer = clusterer();
    assertEquals("a", clusterer.assign("a", STORY));
    assertEquals("a", clusterer.assign("b", "  " + STORY.replace(",", "，") + "(完)"));
  }

  @Test
  void different_stories_are_apart() {
    ReprintClusterer clusterer = clusterer();
    clusterer.assign("a", STORY);
    assertEquals("b", clusterer.assign("b", "西宁工会推出多元化就业招聘、多效能技能培训、多维度权益保障的高质量就业服务套餐,"
        + "助力稳就业促就业工作提质增效,促进劳动者实现更高质量充分就业。"));
  }

  @Test
  void short_texts_stay_alone() {
    ReprintClusterer clusterer = clusterer();
    clusterer.assign("a", "郭敏");
    assertEquals("b", clusterer.assign("b", "郭敏"));
  }

  @Test
  void similarity_estimates_jaccard_of_shingles() {
    MinHasher hasher = new MinHasher(128, 5, 7);
    assertEquals(1.0, MinHasher.similarity(hasher.signature(STORY), hasher.signature(STORY)));
    double half = MinHasher.similarity(hasher.signature(STORY), hasher.signature(STORY.substring(0, STORY.length() / 2)));
    assertTrue(half > 0.3 && half < 0.7, "similarity " + half);
  }

  @Test
  void an_article_remembered_from_an_earlier_run_is_joined_by_its_reprint() {
    ReprintClusterer earlier = clusterer();
    ReprintClusterer later = clusterer();
    later.remember("old", earlier.signature(STORY));
    assertEquals("old", later.assign("new", STORY + "(完)"));
  }

  @Test
  void a_signature_of_another_length_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> clusterer().remember("old", new int[3]));
  }
}
