package gongbao.search;

import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.util.LongValues;
import org.jspecify.annotations.Nullable;

/**
 * Where each ordinal of one segment's sorted doc values sits among the reader's, as a plain array: looked up once per
 * reader, so that a search maps a segment's ordinal to the reader's with one array load.
 */
final class SegmentOrdinals {

  private SegmentOrdinals() {}

  /**
   * @param mapping the reader's map of its segments' ordinals (null for a reader of one segment, whose ordinals are the
   *     reader's)
   * @param segment the segment's place among the reader's leaves
   * @param valueCount how many distinct values the segment holds
   * @return the reader's ordinal of each of the segment's, at the segment's ordinal
   */
  static int[] toReader(@Nullable OrdinalMap mapping, int segment, int valueCount) {
    int[] toReader = new int[valueCount];
    LongValues global = mapping == null ? null : mapping.getGlobalOrds(segment);
    for (int ord = 0; ord < valueCount; ord++) {
      toReader[ord] = global == null ? ord : Math.toIntExact(global.get(ord));
    }
    return toReader;
  }
}
