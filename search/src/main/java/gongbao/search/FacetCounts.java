package gongbao.search;

import gongbao.search.api.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.PriorityQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.DimTree;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.jspecify.annotations.Nullable;

/**
 * How many hits of one search carry each facet value: a count for every ordinal of the index's facet field, counted
 * by {@link FacetCountingCollector}. A flat dimension is read as its values with the highest counts; the region
 * dimension as a tree, walked by ordinal, so that only the values shown are named (looking each region's path up by
 * name took 6–9 ms on a search with many hits in a 200,000-article index, BENCHMARKS.md), by {@link FacetOrdinals},
 * which keeps the names it has read. Ties keep the values' order in the index, as Lucene's facet counts do.
 */
final class FacetCounts {

  private final FacetOrdinals names;
  private final SortedSetDocValuesReaderState state;
  private final int[] counts;

  /**
   * @param names the facet field of the reader counted, which names the ordinals
   * @param counts one count per ordinal of the reader's facet field
   */
  FacetCounts(FacetOrdinals names, int[] counts) {
    this.names = names;
    this.state = names.state();
    this.counts = counts;
  }

  /** The values of a flat dimension carried by the hits, at most {@code max}, the most frequent first. */
  List<FacetValue> flat(String dim, int max) throws IOException {
    OrdRange range = state.getOrdRange(dim);
    return range == null ? new ArrayList<>() : values(range.iterator(), max, 1, null);
  }

  /**
   * The values of a hierarchical dimension carried by the hits, at most {@code max} on each level, the most frequent
   * first, each with its own values down to {@code depth} levels.
   */
  List<FacetValue> tree(String dim, int max, int depth) throws IOException {
    DimTree tree = state.getDimTree(dim);
    return tree == null ? new ArrayList<>() : values(tree.iterator(), max, depth, tree);
  }

  /** The top values among {@code ords}; below each, its children in {@code tree} (null for a flat dimension). */
  private List<FacetValue> values(PrimitiveIterator.OfInt ords, int max, int depth, @Nullable DimTree tree)
      throws IOException {
    List<Integer> top = top(ords, max);
    List<FacetValue> values = new ArrayList<>();
    for (int ord : top) {
      List<FacetValue> below = depth > 1 && tree != null ? values(tree.iterator(ord), max, depth - 1, tree) : List.of();
      values.add(new FacetValue(names.name(ord), counts[ord], below));
    }
    return values;
  }

  /** The ordinals with the highest non-zero counts, at most {@code max}: by count, then by ordinal. */
  private List<Integer> top(PrimitiveIterator.OfInt ords, int max) {
    Comparator<Integer> byCount = Comparator.<Integer>comparingInt(ord -> counts[ord]).thenComparing(ord -> -ord);
    PriorityQueue<Integer> kept = new PriorityQueue<>(byCount);
    while (ords.hasNext()) {
      int ord = ords.nextInt();
      if (counts[ord] > 0 && (kept.size() < max || byCount.compare(ord, kept.peek()) > 0)) {
        kept.add(ord);
        if (kept.size() > max) {
          kept.poll();
        }
      }
    }
    List<Integer> top = new ArrayList<>(kept);
    top.sort(byCount.reversed());
    return top;
  }
}
