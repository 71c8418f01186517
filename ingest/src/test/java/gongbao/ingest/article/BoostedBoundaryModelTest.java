package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoostedBoundaryModelTest {

  private static final int CONTINUITY = BoostedBoundaryModel.FEATURE_NAMES.indexOf("continuity");
  private static final int NOTE_ABOVE = BoostedBoundaryModel.FEATURE_NAMES.indexOf("noteAbove");

  /** Low continuity → +2; else a closing note above → +1, none → −3. */
  private static BoostedBoundaryModel twoLevelModel(double threshold) {
    BoostedBoundaryModel.Tree tree = new BoostedBoundaryModel.Tree(
        new int[] {CONTINUITY, -1, NOTE_ABOVE, -1, -1},
        new double[] {0.05, 0, 0.5, 0, 0},
        new int[] {1, -1, 3, -1, -1},
        new int[] {2, -1, 4, -1, -1},
        new double[] {0, 2, 0, -3, 1});
    return new BoostedBoundaryModel(-0.5, List.of(tree), threshold);
  }

  private static double[] features(double continuity, boolean noteAbove) {
    double[] features = new double[BoostedBoundaryModel.FEATURE_NAMES.size()];
    features[CONTINUITY] = continuity;
    features[NOTE_ABOVE] = noteAbove ? 1 : 0;
    return features;
  }

  @Test
  void the_shipped_model_reads_and_weighs_a_run() {
    double p = BoostedBoundaryModel.standard().probability(features(0.2, false));
    assertTrue(p > 0 && p < 1);
  }

  @Test
  void a_run_follows_the_splits_to_one_leaf_per_tree_and_the_leaves_add_to_the_base() {
    BoostedBoundaryModel model = twoLevelModel(0.7);
    assertEquals(1 / (1 + Math.exp(-1.5)), model.probability(features(0.01, false)), 1e-12); // 0.82
    assertEquals(1 / (1 + Math.exp(-0.5)), model.probability(features(0.2, true)), 1e-12); // 0.62
    assertEquals(1 / (1 + Math.exp(3.5)), model.probability(features(0.2, false)), 1e-12); // 0.03
    assertTrue(model.startsArticle(0, features(0.01, false)));
    assertFalse(model.startsArticle(0, features(0.2, true)));
    assertTrue(twoLevelModel(0.6).startsArticle(0, features(0.2, true)));
  }

  @Test
  void a_written_model_file_reads_back_to_the_same_model() {
    BoostedBoundaryModel model = twoLevelModel(0.4);
    List<String> lines = model.format(List.of("written by a test"));
    assertTrue(lines.contains("split\tcontinuity\t0.05"), lines.toString());
    BoostedBoundaryModel read = BoostedBoundaryModel.parse(lines);
    for (double[] run : List.of(features(0.01, false), features(0.2, true), features(0.2, false))) {
      assertEquals(model.probability(run), read.probability(run), 1e-6);
    }
    assertEquals(lines, read.format(List.of("written by a test")));
  }

  @Test
  void a_model_file_naming_an_unknown_feature_or_cut_short_is_refused() {
    List<String> unknown = new ArrayList<>(twoLevelModel(0.5).format(List.of()));
    unknown.replaceAll(line -> line.replace("continuity", "colour"));
    assertThrows(IllegalArgumentException.class, () -> BoostedBoundaryModel.parse(unknown));
    List<String> cut = new ArrayList<>(twoLevelModel(0.5).format(List.of()));
    cut.remove(cut.size() - 1);
    assertThrows(IllegalArgumentException.class, () -> BoostedBoundaryModel.parse(cut));
    assertThrows(IllegalArgumentException.class, () -> BoostedBoundaryModel.parse(List.of("threshold\t1.5")));
  }

  @Test
  void a_run_with_the_wrong_number_of_features_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> twoLevelModel(0.5).probability(new double[3]));
  }
}
