package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticBoundaryModelTest {

  private static double[] features(double value) {
    double[] features = new double[LogisticBoundaryModel.FEATURE_NAMES.size()];
    java.util.Arrays.fill(features, value);
    features[0] = 1;
    return features;
  }

  @Test
  void the_shipped_weights_name_every_feature_in_order() {
    LogisticBoundaryModel model = LogisticBoundaryModel.standard();
    double p = model.probability(features(0));
    assertTrue(p > 0 && p < 1);
  }

  @Test
  void a_written_weights_file_reads_back_to_the_same_model() {
    double[] weights = new double[LogisticBoundaryModel.FEATURE_NAMES.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (i % 3 - 1) * 0.25;
    }
    LogisticBoundaryModel model = new LogisticBoundaryModel(weights, 0.4);
    LogisticBoundaryModel read = LogisticBoundaryModel.parse(model.format(List.of("written by a test")));
    assertEquals(model.probability(features(0.5)), read.probability(features(0.5)), 1e-6);
    assertEquals(model.startsArticle(0, features(0.5)), read.startsArticle(0, features(0.5)));
  }

  @Test
  void the_threshold_decides_between_subhead_and_new_article() {
    double[] weights = new double[LogisticBoundaryModel.FEATURE_NAMES.size()];
    weights[0] = 0.5; // bias alone: probability 0.62
    assertTrue(new LogisticBoundaryModel(weights, 0.6).startsArticle(0, features(0)));
    assertFalse(new LogisticBoundaryModel(weights, 0.7).startsArticle(0, features(0)));
  }

  @Test
  void a_weights_file_missing_a_feature_is_refused() {
    List<String> lines = new ArrayList<>(new LogisticBoundaryModel(features(0), 0.5).format(List.of()));
    lines.remove(lines.size() - 1);
    assertThrows(IllegalArgumentException.class, () -> LogisticBoundaryModel.parse(lines));
  }

  @Test
  void a_weights_file_with_features_out_of_order_is_refused() {
    List<String> lines = new ArrayList<>(new LogisticBoundaryModel(features(0), 0.5).format(List.of()));
    String second = lines.get(2);
    lines.set(2, lines.get(3));
    lines.set(3, second);
    assertThrows(IllegalArgumentException.class, () -> LogisticBoundaryModel.parse(lines));
  }
}
