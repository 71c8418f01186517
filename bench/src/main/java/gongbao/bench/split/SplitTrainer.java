package gongbao.bench.split;

import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.article.BoundaryModel;
import gongbao.ingest.article.BoostedBoundaryModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the splitter's boundary model ({@link BoostedBoundaryModel}) on the rebuilt rmrb pages of the
 * training dates ({@link DateHalf#TRAIN}) and writes its model file. Two rounds: first the splitter is
 * walked with the known answers, so that every run is seen in the state a correct splitter reaches; then
 * with the model of round one, so that the states its own mistakes lead to are learned as well; the
 * model is fitted on both rounds' runs.
 *
 * <p>Usage: {@code bench/run SplitTrainer [out]}, by default writing {@code
 * ingest/src/main/resources/gongbao/ingest/article/boundary-trees.tsv}.
 */
public final class SplitTrainer {

  /** Training pages are degraded with this seed, not the evaluation's. */
  static final long TRAINING_SEED = 1L;
  /**
   * A run opens an article when the model gives it this probability or more. Not tuned on the training runs, which the
   * trees fit almost exactly, but on the whole splitter over the training dates' pages degraded with the evaluation's
   * seed ({@code SplitEvaluation --half train}): 0.45 against 0.5 and 0.4, 2026-11-23 (EVALUATION.md); a run of the
   * splitter's walk is a new article slightly more often than the trees' even odds say.
   */
  static final double THRESHOLD = 0.45;
  private static final Path DEFAULT_OUT =
      Path.of("ingest/src/main/resources/gongbao/ingest/article", BoostedBoundaryModel.RESOURCE);

  private final List<double[]> examples = new ArrayList<>();
  private final List<Boolean> labels = new ArrayList<>();

  private int knownAnswerRuns;

  SplitTrainer() {}

  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUT;
    List<RebuiltPage> pages = SplitEvaluation.rebuild(TRAINING_SEED, false, DateHalf.TRAIN);
    SplitTrainer trainer = new SplitTrainer();
    BoostedBoundaryModel model = trainer.train(pages);
    List<String> comments = List.of(
        "Boundary model of the article splitter: gradient-boosted trees, " + GradientBoosting.DEFAULT
            + ", written by `bench/run SplitTrainer`.",
        "Trained on the rebuilt rmrb pages of the even-epoch-day dates (DateHalf.TRAIN, " + pages.size() + " pages),",
        "degraded with seed " + TRAINING_SEED + "; " + trainer.knownAnswerRuns + " runs walked with the known answers, "
            + (trainer.examples.size() - trainer.knownAnswerRuns) + " with the first model;",
        "training error " + String.format(Locale.ROOT, "%.4f", trainer.errorRate(model))
            + " at threshold " + THRESHOLD + ". Measure on the other dates: bench/run SplitEvaluation --half test.");
    Files.write(out, model.format(comments), StandardCharsets.UTF_8);
    System.out.println(String.join("\n", model.format(comments)));
    System.out.println("written to " + out);
  }

  /** Fits the model on {@code pages} in the two rounds above. */
  BoostedBoundaryModel train(List<RebuiltPage> pages) {
    for (RebuiltPage page : pages) {
      collect(page, (lineStart, features) -> page.startsArticleAt(lineStart));
    }
    knownAnswerRuns = examples.size();
    BoostedBoundaryModel first = fit();
    for (RebuiltPage page : pages) {
      collect(page, first);
    }
    return fit();
  }

  /** Splits {@code page} with {@code model} and keeps every run the model decided, with its true answer. */
  private void collect(RebuiltPage page, BoundaryModel model) {
    new ArticleSplitter(model).split(page.page(), decision -> {
      if (decision.weighedByModel()) {
        examples.add(decision.features());
        labels.add(page.startsArticleAt(decision.lineStart()));
      }
    });
  }

  private BoostedBoundaryModel fit() {
    return GradientBoosting.fit(examples, labels, GradientBoosting.DEFAULT, THRESHOLD);
  }

  private double errorRate(BoostedBoundaryModel model) {
    int errors = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (model.startsArticle(0, examples.get(i)) != labels.get(i)) {
        errors++;
      }
    }
    return errors / (double) examples.size();
  }
}
