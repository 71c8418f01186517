package gongbao.bench.split;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.article.BoostedBoundaryModel;
import gongbao.ingest.article.BoundaryDecision;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the splitter on the training dates as it would score on pages its boundary model never saw. The training
 * dates ({@link DateHalf#TRAIN}) fall in two folds, epoch day ≡ 0 and ≡ 2 mod 4; a model is trained on each fold the
 * way {@link SplitTrainer} trains the shipped one, and each fold's pages are split with the other fold's model.
 * {@code SplitEvaluation --half train} splits them with the shipped model, whose trees fit those pages almost exactly,
 * so it hides most of the model's mistakes; this keeps them, so that misses can be read on training pages while the
 * held-out dates stay unread. The folds' models see half as many pages as the shipped one.
 *
 * <p>Usage: {@code bench/run SplitCrossFit [examples] [--show TEXT N]}: the measures of {@link SplitEvaluation} on the
 * training dates degraded with its seed, the model's wrong readings counted by the rule that handed the run to it,
 * {@code examples} misses, and up to {@code N} wrong readings whose label contains {@code TEXT} (such as {@code
 * "MODEL missed start"}) with the text around them.
 */
public final class SplitCrossFit {

  private static final int CONTEXT_CHARS = 80;

  private final Map<String, Integer> wrongReadings = new TreeMap<>();
  private final List<String> shownReadings = new ArrayList<>();
  private final ShownExamples shown;
  private int modelReadings;

  private SplitCrossFit(ShownExamples shown) {
    this.shown = shown;
  }

  public static void main(String[] args) throws IOException {
    int examples = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 0;
    List<RebuiltPage> training = SplitEvaluation.rebuild(SplitTrainer.TRAINING_SEED, false, DateHalf.TRAIN);
    List<RebuiltPage> zeroFold = training.stream().filter(SplitCrossFit::inZeroFold).toList();
    List<RebuiltPage> twoFold = training.stream().filter(page -> !inZeroFold(page)).toList();
    BoostedBoundaryModel zeroFoldModel = new SplitTrainer().train(zeroFold);
    BoostedBoundaryModel twoFoldModel = new SplitTrainer().train(twoFold);
    SplitCrossFit crossFit = new SplitCrossFit(ShownExamples.fromArgs(args));
    SplitScore score = new SplitScore();
    List<RebuiltPage> pages = SplitEvaluation.rebuild(SplitEvaluation.DEFAULT_SEED, false, DateHalf.TRAIN);
    for (RebuiltPage page : pages) {
      BoostedBoundaryModel model = inZeroFold(page) ? twoFoldModel : zeroFoldModel;
      List<BoundaryDecision> decisions = new ArrayList<>();
      List<Article> articles = new ArticleSplitter(model).split(page.page(), decisions::add);
      score.add(page, articles, examples);
      crossFit.count(page, model, decisions);
    }
    SplitEvaluation.print(SplitEvaluation.DEFAULT_SEED + ", dates train, each fold split by the other fold's model",
        pages.size(), score);
    crossFit.print();
  }

  private static boolean inZeroFold(RebuiltPage page) {
    return LocalDate.parse(page.key().substring(0, 10)).toEpochDay() % 4 == 0;
  }

  private void count(RebuiltPage page, BoostedBoundaryModel model, List<BoundaryDecision> decisions) {
    for (BoundaryDecision decision : decisions) {
      if (!decision.weighedByModel()) {
        continue;
      }
      modelReadings++;
      boolean startsArticle = page.startsArticleAt(decision.lineStart());
      if (startsArticle == decision.startsArticle()) {
        continue;
      }
      String label = decision.rule() + (startsArticle ? " missed start" : " false start");
      wrongReadings.merge(label, 1, Integer::sum);
      if (shown.wants(label.contains(shown.label()), shownReadings.size())) {
        shownReadings.add(page.key() + " " + label + String.format(" p=%.2f", model.probability(decision.features()))
            + "  " + around(page.text(), decision.lineStart()));
      }
    }
  }

  private static String around(String text, int lineStart) {
    int lineEnd = text.indexOf('\n', lineStart);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String before = text.substring(Math.max(0, lineStart - CONTEXT_CHARS), lineStart);
    String after = text.substring(lineEnd, Math.min(text.length(), lineEnd + CONTEXT_CHARS));
    return ("«" + before + "» [" + text.substring(lineStart, lineEnd) + "] «" + after + "»").replace("\n\n", "⏎");
  }

  private void print() {
    int wrong = wrongReadings.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("runs read by the model %d, wrong %d%n", modelReadings, wrong);
    wrongReadings.forEach((label, count) -> System.out.printf("  %-34s %6d%n", label, count));
    shownReadings.forEach(line -> System.out.println("  " + line));
  }
}
