package gongbao.bench.split;

import gongbao.ingest.article.BoostedBoundaryModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Gradient-boosted trees for a yes/no answer, fitted to the log loss with Newton steps: each tree is grown leaf
 * by leaf, always splitting the leaf whose best split lowers the loss most, over each feature's values sorted into
 * at most {@link Settings#bins()} bins. Small dense problems only (tens of features, tens of thousands of
 * examples). Deterministic: the same examples give the same trees.
 */
final class GradientBoosting {

  /**
   * @param trees how many trees
   * @param learningRate how much of each tree's Newton step is taken
   * @param maxLeaves leaves per tree
   * @param minLeafExamples fewest examples a leaf may hold
   * @param l2 added to each leaf's curvature: shrinks leaves that hold little evidence
   * @param bins most candidate thresholds per feature, plus one
   */
  record Settings(int trees, double learningRate, int maxLeaves, int minLeafExamples, double l2, int bins) {}

  static final Settings DEFAULT = new Settings(100, 0.1, 31, 20, 1.0, 64);

  private final Settings settings;
  private final int[][] binOf; // [feature][example]
  private final double[][] upperEdges; // [feature][bin]: the largest value a bin holds, its threshold
  private final int featureCount;

  private GradientBoosting(Settings settings, List<double[]> examples) {
    this.settings = settings;
    this.featureCount = examples.get(0).length;
    this.binOf = new int[featureCount][];
    this.upperEdges = new double[featureCount][];
    for (int f = 0; f < featureCount; f++) {
      bin(f, examples);
    }
  }

  /** The trees and base score that minimise the log loss of {@code labels} given {@code examples}. */
  static BoostedBoundaryModel fit(List<double[]> examples, List<Boolean> labels, Settings settings, double threshold) {
    return new GradientBoosting(settings, examples).fit(labels, threshold);
  }

  /** Sorts feature {@code f}'s values into bins of about equal counts, distinct values never split between bins. */
  private void bin(int f, List<double[]> examples) {
    int n = examples.size();
    double[] sorted = new double[n];
    for (int e = 0; e < n; e++) {
      sorted[e] = examples.get(e)[f];
    }
    Arrays.sort(sorted);
    List<Double> edges = new ArrayList<>();
    int perBin = Math.max(1, n / settings.bins());
    int start = 0;
    while (start < n) {
      int end = Math.min(n, start + perBin) - 1;
      while (end + 1 < n && sorted[end + 1] == sorted[end]) {
        end++;
      }
      edges.add(sorted[end]);
      start = end + 1;
    }
    upperEdges[f] = edges.stream().mapToDouble(Double::doubleValue).toArray();
    binOf[f] = new int[n];
    for (int e = 0; e < n; e++) {
      int bin = Arrays.binarySearch(upperEdges[f], examples.get(e)[f]);
      binOf[f][e] = bin >= 0 ? bin : -bin - 1;
    }
  }

  private BoostedBoundaryModel fit(List<Boolean> labels, double threshold) {
    int n = labels.size();
    double[] y = new double[n];
    double positives = 0;
    for (int e = 0; e < n; e++) {
      y[e] = labels.get(e) ? 1 : 0;
      positives += y[e];
    }
    double prior = Math.min(Math.max(positives / n, 1e-6), 1 - 1e-6);
    double base = Math.log(prior / (1 - prior));
    double[] score = new double[n];
    Arrays.fill(score, base);
    List<BoostedBoundaryModel.Tree> trees = new ArrayList<>();
    double[] gradient = new double[n];
    double[] curvature = new double[n];
    for (int t = 0; t < settings.trees(); t++) {
      for (int e = 0; e < n; e++) {
        double p = 1 / (1 + Math.exp(-score[e]));
        gradient[e] = p - y[e];
        curvature[e] = Math.max(p * (1 - p), 1e-12);
      }
      TreeGrower grower = new TreeGrower(gradient, curvature);
      BoostedBoundaryModel.Tree tree = grower.grow(n);
      trees.add(tree);
      for (int e = 0; e < n; e++) {
        score[e] += tree.value()[grower.leafOf[e]];
      }
    }
    return new BoostedBoundaryModel(base, trees, threshold);
  }

  /** A leaf waiting to be split, with its best split. */
  private record Candidate(int node, int[] examples, double gain, int feature, int bin) {}

  /** Grows one tree on the current gradients, leaf by leaf. */
  private final class TreeGrower {
    private final double[] gradient;
    private final double[] curvature;
    private final List<int[]> nodes = new ArrayList<>(); // feature, bin, left, right
    private final List<Double> values = new ArrayList<>();
    private int[] leafOf;

    TreeGrower(double[] gradient, double[] curvature) {
      this.gradient = gradient;
      this.curvature = curvature;
    }

    BoostedBoundaryModel.Tree grow(int n) {
      leafOf = new int[n];
      int[] all = new int[n];
      Arrays.setAll(all, e -> e);
      PriorityQueue<Candidate> open = new PriorityQueue<>((a, b) -> Double.compare(b.gain(), a.gain()));
      open.add(bestSplit(newNode(all), all));
      int leaves = 1;
      while (leaves < settings.maxLeaves() && !open.isEmpty() && open.peek().gain() > 0) {
        Candidate split = open.poll();
        int[] left = Arrays.stream(split.examples()).filter(e -> binOf[split.feature()][e] <= split.bin()).toArray();
        int[] right = Arrays.stream(split.examples()).filter(e -> binOf[split.feature()][e] > split.bin()).toArray();
        int leftNode = newNode(left);
        int rightNode = newNode(right);
        nodes.set(split.node(), new int[] {split.feature(), split.bin(), leftNode, rightNode});
        open.add(bestSplit(leftNode, left));
        open.add(bestSplit(rightNode, right));
        leaves++;
      }
      int size = nodes.size();
      int[] feature = new int[size];
      double[] thresholds = new double[size];
      int[] lefts = new int[size];
      int[] rights = new int[size];
      double[] value = new double[size];
      for (int node = 0; node < size; node++) {
        int[] split = nodes.get(node);
        feature[node] = split[0];
        thresholds[node] = split[0] < 0 ? 0 : upperEdges[split[0]][split[1]];
        lefts[node] = split[2];
        rights[node] = split[3];
        value[node] = split[0] < 0 ? values.get(node) : 0;
      }
      return new BoostedBoundaryModel.Tree(feature, thresholds, lefts, rights, value);
    }

    /** A new leaf holding {@code examples}, with its Newton step as value. */
    private int newNode(int[] examples) {
      int node = nodes.size();
      double g = 0;
      double h = 0;
      for (int e : examples) {
        g += gradient[e];
        h += curvature[e];
        leafOf[e] = node;
      }
      nodes.add(new int[] {-1, 0, -1, -1});
      values.add(-settings.learningRate() * g / (h + settings.l2()));
      return node;
    }

    /** The split of leaf {@code node} that lowers the loss most, gain 0 when none may be made. */
    private Candidate bestSplit(int node, int[] examples) {
      Candidate best = new Candidate(node, examples, 0, -1, -1);
      if (examples.length < 2 * settings.minLeafExamples()) {
        return best;
      }
      double totalG = 0;
      double totalH = 0;
      for (int e : examples) {
        totalG += gradient[e];
        totalH += curvature[e];
      }
      double parent = totalG * totalG / (totalH + settings.l2());
      for (int f = 0; f < featureCount; f++) {
        int bins = upperEdges[f].length;
        double[] g = new double[bins];
        double[] h = new double[bins];
        int[] count = new int[bins];
        for (int e : examples) {
          int bin = binOf[f][e];
          g[bin] += gradient[e];
          h[bin] += curvature[e];
          count[bin]++;
        }
        double leftG = 0;
        double leftH = 0;
        int leftCount = 0;
        for (int bin = 0; bin < bins - 1; bin++) {
          leftG += g[bin];
          leftH += h[bin];
          leftCount += count[bin];
          int rightCount = examples.length - leftCount;
          if (leftCount < settings.minLeafExamples() || rightCount < settings.minLeafExamples()) {
            continue;
          }
          double rightG = totalG - leftG;
          double rightH = totalH - leftH;
          double gain = leftG * leftG / (leftH + settings.l2()) + rightG * rightG / (rightH + settings.l2()) - parent;
          if (gain > best.gain() + 1e-12) {
            best = new Candidate(node, examples, gain, f, bin);
          }
        }
      }
      return best;
    }
  }
}
