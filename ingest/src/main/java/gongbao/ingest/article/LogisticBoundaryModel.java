package gongbao.ingest.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic regression over {@link BoundaryFeatures}: a run opens a new article when the predicted
 * probability reaches the threshold. The standard weights are read from {@value #RESOURCE}, a text file of
 * {@code name<TAB>weight} lines (and one {@code threshold<TAB>value} line; {@code #} starts a comment)
 * written by the bench program {@code SplitTrainer}.
 */
public final class LogisticBoundaryModel implements BoundaryModel {

  public static final String RESOURCE = "boundary-model.tsv";
  /** The features, in the order the weights are given. */
  public static final List<String> FEATURE_NAMES = BoundaryFeatures.NAMES;

  private final double[] weights;
  private final double threshold;

  public LogisticBoundaryModel(double[] weights, double threshold) {
    if (weights.length != FEATURE_NAMES.size()) {
      throw new IllegalArgumentException(
          "boundary model has " + weights.length + " weights for " + FEATURE_NAMES.size() + " features");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("boundary model threshold must be in (0, 1): " + threshold);
    }
    this.weights = weights.clone();
    this.threshold = threshold;
  }

  /** The weights shipped with the splitter. */
  public static LogisticBoundaryModel standard() {
    try (InputStream in = LogisticBoundaryModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + LogisticBoundaryModel.class);
      }
      List<String> lines = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(lines::add);
      return parse(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the weights file format; every feature must be given, by name, in order. */
  public static LogisticBoundaryModel parse(List<String> lines) {
    double[] weights = new double[FEATURE_NAMES.size()];
    double threshold = 0.5;
    int next = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 2) {
        throw new IllegalArgumentException("boundary model line is not name<TAB>value: " + line);
      }
      if (fields[0].equals("threshold")) {
        threshold = Double.parseDouble(fields[1]);
      } else if (next < weights.length && fields[0].equals(FEATURE_NAMES.get(next))) {
        weights[next++] = Double.parseDouble(fields[1]);
      } else {
        throw new IllegalArgumentException("boundary model: expected feature "
            + (next < weights.length ? FEATURE_NAMES.get(next) : "none") + ", found " + fields[0]);
      }
    }
    if (next != weights.length) {
      throw new IllegalArgumentException("boundary model gives " + next + " of " + weights.length + " features");
    }
    return new LogisticBoundaryModel(weights, threshold);
  }

  /** The weights file for this model, after the given comment lines. */
  public List<String> format(List<String> comments) {
    List<String> lines = new ArrayList<>();
    comments.forEach(comment -> lines.add("# " + comment));
    lines.add("threshold\t" + threshold);
    for (int i = 0; i < weights.length; i++) {
      lines.add(FEATURE_NAMES.get(i) + "\t" + String.format(Locale.ROOT, "%.6f", weights[i]));
    }
    return lines;
  }

  public double probability(double[] features) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public boolean startsArticle(int lineStart, double[] features) {
    return probability(features) >= threshold;
  }
}
