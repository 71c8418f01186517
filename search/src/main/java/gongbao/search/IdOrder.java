package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Articles in the order of their ids, compared by the reader's ordinals of the id field: the order of Lucene's string
 * sort (the ids' bytes), at a fraction of its cost. Lucene's comparator keeps the id of each hit it takes into a page
 * as bytes, read from the compressed terms dictionary, and looks the weakest kept id up again in each segment it moves
 * to; on a deep page, where thousands of hits enter the page in turn, that took half the search (`"习近平"` page 200 on
 * 200,140 articles: 7 of 14 ms, BENCHMARKS.md). Here every id is one number, each segment's ordinals mapped to the
 * reader's once when the reader is opened (4 bytes an article). Ties of the other sort keys are broken by it, so that
 * results and cursors are stable.
 */
final class IdOrder {

  private final List<LeafReaderContext> leaves;
  private final int[][] toReader;

  private IdOrder(List<LeafReaderContext> leaves, int[][] toReader) {
    this.leaves = leaves;
    this.toReader = toReader;
  }

  /** Maps each segment's id ordinals to the reader's. */
  static IdOrder read(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] ids = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      ids[leaf.ord] = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
    }
    OrdinalMap mapping = leaves.size() < 2 ? null : OrdinalMap.build(null, ids, PackedInts.DEFAULT);
    int[][] toReader = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      toReader[leaf.ord] = SegmentOrdinals.toReader(mapping, leaf.ord, ids[leaf.ord].getValueCount());
    }
    return new IdOrder(leaves, toReader);
  }

  /** A sort key for the id field in this order, ascending. */
  SortField sortField() {
    return new SortField(IndexSchema.ID, new FieldComparatorSource() {
      @Override
      public FieldComparator<?> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        return new Comparator(numHits);
      }
    });
  }

  /**
   * Where {@code id} falls among the reader's ordinals, doubled: {@code 2 × ord} for an id the reader holds, one less
   * than twice the ordinal of the next id after it for one it does not hold (a cursor's article since deleted).
   */
  private long position(BytesRef id) throws IOException {
    long next = Long.MAX_VALUE;
    for (LeafReaderContext leaf : leaves) {
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
      int ord = ids.lookupTerm(id);
      if (ord >= 0) {
        return 2L * toReader[leaf.ord][ord];
      }
      int after = -ord - 1;
      if (after < toReader[leaf.ord].length) {
        next = Math.min(next, toReader[leaf.ord][after]);
      }
    }
    return next == Long.MAX_VALUE ? Long.MAX_VALUE : 2 * next - 1;
  }

  /** Keeps each hit's id as the reader's ordinal; an article without an id sorts first, as in Lucene's sort. */
  private final class Comparator extends FieldComparator<Object> {

    private final int[] values;
    private int bottom;
    private long top;

    Comparator(int numHits) {
      values = new int[numHits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      return Integer.compare(values[slot1], values[slot2]);
    }

    /** The id a cursor ends at, as bytes. */
    @Override
    public void setTopValue(Object value) {
      if (!(value instanceof BytesRef id)) {
        throw new IllegalArgumentException("a page must start after an id given as bytes, not " + value);
      }
      try {
        top = position(id);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Object value(int slot) {
      return values[slot];
    }

    @Override
    public int compareValues(Object first, Object second) {
      return Integer.compare((Integer) first, (Integer) second);
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
      if (context.ord >= leaves.size() || leaves.get(context.ord).reader() != context.reader()) {
        throw new IllegalArgumentException(
            "segment " + context.ord + " is not one of the reader's the order was read from");
      }
      SortedDocValues ids = DocValues.getSorted(context.reader(), IndexSchema.ID);
      int[] map = toReader[context.ord];
      return new LeafFieldComparator() {
        private int ordinal(int doc) throws IOException {
          return ids.advanceExact(doc) ? map[ids.ordValue()] : -1;
        }

        @Override
        public void setBottom(int slot) {
          bottom = values[slot];
        }

        @Override
        public int compareBottom(int doc) throws IOException {
          return Integer.compare(bottom, ordinal(doc));
        }

        @Override
        public int compareTop(int doc) throws IOException {
          return Long.compare(top, 2L * ordinal(doc));
        }

        @Override
        public void copy(int slot, int doc) throws IOException {
          values[slot] = ordinal(doc);
        }

        @Override
        public void setScorer(Scorable scorer) {}
      };
    }
  }
}
