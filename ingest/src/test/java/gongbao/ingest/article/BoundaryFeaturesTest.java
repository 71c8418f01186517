package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.BoundaryDecision.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryFeaturesTest {

  private static ArticleDraft articleAbout(String body) {
    ArticleDraft draft = new ArticleDraft(0, 0);
    draft.heads.add("职工夜校开进工业园区");
    draft.parts.add(new ArticleDraft.Part(body, false));
    return draft;
  }

  private static double feature(double[] features, String name) {
    return features[BoundaryFeatures.NAMES.indexOf(name)];
  }

  private static final BoundaryFeatures.Evidence NO_EVIDENCE =
      new BoundaryFeatures.Evidence(false, false, false, false, false, false, false, false, false);

  private static double[] featuresOf(ArticleDraft above, String head, String below) {
    return featuresOf(Rule.MODEL, NO_EVIDENCE, above, head, below);
  }

  private static double[] featuresOf(Rule rule, BoundaryFeatures.Evidence evidence, ArticleDraft above, String head,
      String below) {
    return BoundaryFeatures.of(new BoundaryFeatures.Context(rule, evidence, above, above.recentText(1500), List.of(head),
        List.of(below), false, 1, below.length(), 0.1, false, 0));
  }

  @Test
  void there_is_one_value_per_named_feature() {
    double[] features = featuresOf(articleAbout("职工夜校开课以来，报名的职工越来越多。"), "夜校课程按需设置", "课程表每月更新一次。");
    assertEquals(BoundaryFeatures.NAMES.size(), features.length);
  }

  @Test
  void the_first_matching_rule_and_the_marks_found_are_features_for_the_model_to_weigh() {
    ArticleDraft above = articleAbout("职工夜校开课以来，报名的职工越来越多。（本报记者 张三）");
    BoundaryFeatures.Evidence noteAndDateline =
        new BoundaryFeatures.Evidence(false, false, false, true, false, false, true, false, false);
    double[] features = featuresOf(Rule.NOTE_ABOVE, noteAndDateline, above, "冬季长跑比赛开赛", "新华社北京1月5日电 全市冬季长跑比赛开跑。");
    assertEquals(1, feature(features, "rule=NOTE_ABOVE"));
    assertEquals(0, feature(features, "rule=DATELINE_BELOW"));
    assertEquals(1, feature(features, "noteAbove"));
    assertEquals(1, feature(features, "datelineBelow"));
    assertEquals(0, feature(features, "closedByCredits"));
    double[] unmatched = featuresOf(above, "冬季长跑比赛开赛", "全市冬季长跑比赛开跑。");
    for (String name : BoundaryFeatures.NAMES) {
      if (name.startsWith("rule=")) {
        assertEquals(0, feature(unmatched, name), name);
      }
    }
  }

  @Test
  void text_below_on_the_topic_above_scores_higher_continuity_than_a_new_topic() {
    ArticleDraft above = articleAbout("职工夜校开课以来，报名参加夜校课程的职工越来越多。");
    double same = feature(featuresOf(above, "夜校课程按需设置", "夜校课程按职工需求设置，报名参加的职工很多。"), "continuity");
    double other = feature(featuresOf(above, "冬季长跑比赛开赛", "全市冬季长跑比赛昨日在滨江公园鸣枪开跑。"), "continuity");
    assertTrue(same > other, same + " vs " + other);
    assertEquals(1, feature(featuresOf(above, "冬季长跑比赛开赛", "全市冬季长跑比赛昨日在滨江公园鸣枪开跑。"), "continuity<0.01"));
  }

  @Test
  void a_headline_of_the_same_length_as_the_last_subhead_is_marked_parallel() {
    ArticleDraft above = articleAbout("职工夜校开课以来，报名的职工越来越多。");
    above.parts.add(new ArticleDraft.Part("课程按需设置", true));
    above.parts.add(new ArticleDraft.Part("课程表每月更新一次。", false));
    assertEquals(1, feature(featuresOf(above, "老师来自车间", "夜校的老师大多是车间里的技术骨干。"), "sameLengthAsLastSubhead"));
  }
}
