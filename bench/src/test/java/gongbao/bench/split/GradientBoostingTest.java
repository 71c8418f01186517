package gongbao.bench.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.BoostedBoundaryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientBoostingTest {

  private static final int FEATURES = BoostedBoundaryModel.FEATURE_NAMES.size();
  private static final GradientBoosting.Settings SMALL = new GradientBoosting.Settings(40, 0.3, 4, 5, 1.0, 16);

  /** Examples whose answer is "exactly one of features 0 and 1 is set": no weighted sum of the two can learn it. */
  private static void either(int count, long seed, List<double[]> examples, List<Boolean> labels) {
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      double[] x = new double[FEATURES];
      x[0] = random.nextBoolean() ? 1 : 0;
      x[1] = random.nextBoolean() ? 1 : 0;
      x[2] = random.nextDouble(); // noise
      examples.add(x);
      labels.add(x[0] != x[1]);
    }
  }

  @Test
  void trees_learn_an_answer_that_depends_on_two_features_together() {
    List<double[]> examples = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    either(400, 1, examples, labels);
    BoostedBoundaryModel model = GradientBoosting.fit(examples, labels, SMALL, 0.5);
    List<double[]> unseen = new ArrayList<>();
    List<Boolean> answers = new ArrayList<>();
    either(200, 2, unseen, answers);
    for (int i = 0; i < unseen.size(); i++) {
      assertEquals(answers.get(i), model.startsArticle(0, unseen.get(i)), "example " + i);
    }
  }

  @Test
  void the_same_examples_give_the_same_model_and_a_constant_answer_gives_its_prior() {
    List<double[]> examples = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    either(200, 3, examples, labels);
    assertEquals(GradientBoosting.fit(examples, labels, SMALL, 0.5).format(List.of()),
        GradientBoosting.fit(examples, labels, SMALL, 0.5).format(List.of()));
    List<Boolean> allYes = labels.stream().map(label -> true).toList();
    BoostedBoundaryModel yes = GradientBoosting.fit(examples, allYes, SMALL, 0.5);
    assertTrue(yes.probability(examples.get(0)) > 0.99);
  }
}
