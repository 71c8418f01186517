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
 * Gradient-boosted decision trees over {@link BoundaryFeatures}: the trees' leaf values add up, with a base
 * score, to the log-odds that a run opens a new article, and it does when the probability reaches the
 * threshold. Trees rather than one weighted sum, because the evidence works in combinations: a closing note
 * above means a new article unless the run is a short section title of a compilation, and so on.
 *
 * <p>The standard model is read from {@value #RESOURCE}, written by the bench program {@code SplitTrainer}:
 * {@code #} comment lines, {@code threshold<TAB>p}, {@code base<TAB>log-odds}, then each tree after a line
 * {@code tree}, its nodes in pre-order: {@code split<TAB>feature<TAB>value} (a run whose feature is at most the
 * value goes to the first subtree that follows, else to the second) or {@code leaf<TAB>log-odds}.
 */
public final class BoostedBoundaryModel implements BoundaryModel {

  public static final String RESOURCE = "boundary-trees.tsv";
  /** The features, by index, as trees name them. */
  public static final List<String> FEATURE_NAMES = BoundaryFeatures.NAMES;

  /**
   * One tree as arrays indexed by node, the root at 0. A leaf has feature −1 and its value; a split sends
   * a run to {@code left} when its feature is at most {@code threshold}, else to {@code right}.
   */
  public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

    public Tree {
      int n = feature.length;
      if (threshold.length != n || left.length != n || right.length != n || value.length != n) {
        throw new IllegalArgumentException("tree arrays differ in length");
      }
      for (int node = 0; node < n; node++) {
        if (feature[node] >= FEATURE_NAMES.size()
            || feature[node] >= 0 && !(left[node] > node && left[node] < n && right[node] > node && right[node] < n)) {
          throw new IllegalArgumentException("tree node " + node + " points outside the tree");
        }
      }
      feature = feature.clone();
      threshold = threshold.clone();
      left = left.clone();
      right = right.clone();
      value = value.clone();
    }

    double score(double[] features) {
      int node = 0;
      while (feature[node] >= 0) {
        node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
      }
      return value[node];
    }
  }

  private final double base;
  private final List<Tree> trees;
  private final double threshold;

  public BoostedBoundaryModel(double base, List<Tree> trees, double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("boundary model threshold must be in (0, 1): " + threshold);
    }
    this.base = base;
    this.trees = List.copyOf(trees);
    this.threshold = threshold;
  }

  /** The model shipped with the splitter. */
  public static BoostedBoundaryModel standard() {
    try (InputStream in = BoostedBoundaryModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + BoostedBoundaryModel.class);
      }
      List<String> lines = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(lines::add);
      return parse(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the model file format; a feature not in {@link #FEATURE_NAMES} or a tree cut short is refused. */
  public static BoostedBoundaryModel parse(List<String> lines) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    double threshold = 0.5;
    double base = 0;
    List<Tree> trees = new ArrayList<>();
    int[] next = {0};
    while (next[0] < rows.size()) {
      String[] row = rows.get(next[0]++);
      switch (row[0]) {
        case "threshold" -> threshold = number(row, 1);
        case "base" -> base = number(row, 1);
        case "tree" -> {
          TreeBuilder builder = new TreeBuilder();
          builder.read(rows, next);
          trees.add(builder.build());
        }
        default -> throw new IllegalArgumentException("boundary model: unexpected line " + String.join("\t", row));
      }
    }
    return new BoostedBoundaryModel(base, trees, threshold);
  }

  /** The model file for this model, after the given comment lines. */
  public List<String> format(List<String> comments) {
    List<String> lines = new ArrayList<>();
    comments.forEach(comment -> lines.add("# " + comment));
    lines.add("threshold\t" + threshold);
    lines.add("base\t" + String.format(Locale.ROOT, "%.6f", base));
    for (Tree tree : trees) {
      lines.add("tree");
      write(tree, 0, lines);
    }
    return lines;
  }

  private static void write(Tree tree, int node, List<String> lines) {
    if (tree.feature()[node] < 0) {
      lines.add("leaf\t" + String.format(Locale.ROOT, "%.6f", tree.value()[node]));
      return;
    }
    lines.add("split\t" + FEATURE_NAMES.get(tree.feature()[node]) + "\t" + tree.threshold()[node]);
    write(tree, tree.left()[node], lines);
    write(tree, tree.right()[node], lines);
  }

  public double probability(double[] features) {
    if (features.length != FEATURE_NAMES.size()) {
      throw new IllegalArgumentException(
          "boundary model got " + features.length + " features for " + FEATURE_NAMES.size());
    }
    double z = base;
    for (Tree tree : trees) {
      z += tree.score(features);
    }
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public boolean startsArticle(int lineStart, double[] features) {
    return probability(features) >= threshold;
  }

  private static double number(String[] row, int index) {
    if (row.length <= index) {
      throw new IllegalArgumentException("boundary model line lacks a value: " + String.join("\t", row));
    }
    return Double.parseDouble(row[index]);
  }

  /** Reads one tree's nodes in pre-order into arrays. */
  private static final class TreeBuilder {
    private final List<Integer> feature = new ArrayList<>();
    private final List<Double> threshold = new ArrayList<>();
    private final List<Integer> left = new ArrayList<>();
    private final List<Integer> right = new ArrayList<>();
    private final List<Double> value = new ArrayList<>();

    /** Reads the subtree whose root is row {@code next[0]}, advancing it; returns the root's node index. */
    int read(List<String[]> rows, int[] next) {
      if (next[0] >= rows.size()) {
        throw new IllegalArgumentException("boundary model: a tree ends before its leaves");
      }
      String[] row = rows.get(next[0]++);
      int node = feature.size();
      feature.add(-1);
      threshold.add(0.0);
      left.add(-1);
      right.add(-1);
      value.add(0.0);
      switch (row[0]) {
        case "leaf" -> value.set(node, number(row, 1));
        case "split" -> {
          int index = FEATURE_NAMES.indexOf(row.length > 1 ? row[1] : "");
          if (index < 0) {
            throw new IllegalArgumentException("boundary model: unknown feature in " + String.join("\t", row));
          }
          feature.set(node, index);
          threshold.set(node, number(row, 2));
          left.set(node, read(rows, next));
          right.set(node, read(rows, next));
        }
        default -> throw new IllegalArgumentException("boundary model: expected a split or a leaf, found "
            + String.join("\t", row));
      }
      return node;
    }

    Tree build() {
      return new Tree(feature.stream().mapToInt(Integer::intValue).toArray(),
          threshold.stream().mapToDouble(Double::doubleValue).toArray(),
          left.stream().mapToInt(Integer::intValue).toArray(), right.stream().mapToInt(Integer::intValue).toArray(),
          value.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }
}
