package gongbao.bench.split;

import java.util.List;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares):
 * small dense problems only (tens of features, tens of thousands of examples). The bias is an ordinary
 * feature that the caller sets to 1 and is regularised like the others.
 */
final class LogisticRegression {

  private static final int MAX_ITERATIONS = 50;
  private static final double TOLERANCE = 1e-8;

  private LogisticRegression() {}

  /** Weights minimising the log loss of {@code labels} given {@code examples} plus {@code l2}/2 ‖w‖². */
  static double[] fit(List<double[]> examples, List<Boolean> labels, double l2) {
    int n = examples.get(0).length;
    double[] weights = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (int i = 0; i < n; i++) {
        gradient[i] = l2 * weights[i];
        hessian[i][i] = l2;
      }
      for (int e = 0; e < examples.size(); e++) {
        double[] x = examples.get(e);
        double p = sigmoid(dot(weights, x));
        double error = p - (labels.get(e) ? 1 : 0);
        double curvature = p * (1 - p);
        for (int i = 0; i < n; i++) {
          if (x[i] == 0) {
            continue;
          }
          gradient[i] += error * x[i];
          for (int j = 0; j < n; j++) {
            hessian[i][j] += curvature * x[i] * x[j];
          }
        }
      }
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int i = 0; i < n; i++) {
        weights[i] -= step[i];
        change = Math.max(change, Math.abs(step[i]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return weights;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is positive definite here. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int row = col + 1; row < n; row++) {
        double factor = m[row][col] / m[col][col];
        for (int k = col; k <= n; k++) {
          m[row][k] -= factor * m[col][k];
        }
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = m[row][n];
      for (int k = row + 1; k < n; k++) {
        sum -= m[row][k] * x[k];
      }
      x[row] = sum / m[row][row];
    }
    return x;
  }
}
