package gongbao.ingest.extract.keyword;

import java.util.Arrays;

/**
 * The undirected word graph of TextRank over word ids {@code 0 … nodes-1}: each node's neighbours are
 * kept once, in the order they were first linked, so that PageRank adds up its neighbours' shares in
 * that order. Neighbour lists stay short (words are linked within a window of a few words), so a new
 * link is checked against a node's list by a scan instead of a hash set of boxed ids.
 */
final class WordGraph {

  private final int[][] neighbours;
  private final int[] degrees;

  WordGraph(int nodes) {
    this.neighbours = new int[nodes][];
    this.degrees = new int[nodes];
  }

  /** Links two words (a word is not linked to itself). */
  void link(int a, int b) {
    if (a != b) {
      addOnce(a, b);
      addOnce(b, a);
    }
  }

  private void addOnce(int node, int neighbour) {
    int[] list = neighbours[node];
    int degree = degrees[node];
    for (int i = 0; i < degree; i++) {
      if (list[i] == neighbour) {
        return;
      }
    }
    if (list == null) {
      list = new int[4];
    } else if (degree == list.length) {
      list = Arrays.copyOf(list, 2 * degree);
    }
    list[degree] = neighbour;
    neighbours[node] = list;
    degrees[node] = degree + 1;
  }

  /** The PageRank of each node, starting from 1, after {@code iterations} updates. */
  double[] ranks(int iterations, double damping) {
    int nodes = degrees.length;
    double[] rank = new double[nodes];
    Arrays.fill(rank, 1.0);
    double[] share = new double[nodes];
    for (int iteration = 0; iteration < iterations; iteration++) {
      for (int node = 0; node < nodes; node++) {
        share[node] = rank[node] / degrees[node];
      }
      for (int node = 0; node < nodes; node++) {
        double sum = 0;
        for (int i = 0; i < degrees[node]; i++) {
          sum += share[neighbours[node][i]];
        }
        rank[node] = (1 - damping) + damping * sum;
      }
    }
    return rank;
  }
}
