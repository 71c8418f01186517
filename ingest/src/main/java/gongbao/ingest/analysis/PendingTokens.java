package gongbao.ingest.analysis;

import java.util.function.IntUnaryOperator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A small first-in first-out queue of the tokens {@link CharacterTokenizer} has made and not yet
 * returned, kept in arrays so that no object is made per token.
 */
final class PendingTokens {

  private static final int CAPACITY = 4;

  private final int[] first = new int[CAPACITY];
  private final int[] second = new int[CAPACITY];
  private final int[] start = new int[CAPACITY];
  private final int[] end = new int[CAPACITY];
  private final int[] positionIncrement = new int[CAPACITY];
  private final int[] positionLength = new int[CAPACITY];
  private final String[] type = new String[CAPACITY];
  private int head;
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    head = 0;
    size = 0;
  }

  /** Queues a token of one code point ({@code secondCodePoint} -1) or two. */
  void add(int firstCodePoint, int secondCodePoint, int startOffset, int endOffset, int increment, int length, String tokenType) {
    if (size == CAPACITY) {
      throw new IllegalStateException("more than " + CAPACITY + " pending tokens");
    }
    int slot = (head + size) % CAPACITY;
    first[slot] = firstCodePoint;
    second[slot] = secondCodePoint;
    start[slot] = startOffset;
    end[slot] = endOffset;
    positionIncrement[slot] = increment;
    positionLength[slot] = length;
    type[slot] = tokenType;
    size++;
  }

  /** Removes the oldest token and sets the attributes from it; offsets pass through {@code correctOffset}. */
  void emitInto(
      CharTermAttribute term,
      OffsetAttribute offsets,
      TypeAttribute types,
      PositionIncrementAttribute increments,
      PositionLengthAttribute lengths,
      IntUnaryOperator correctOffset) {
    int slot = head;
    char[] chars = term.resizeBuffer(4);
    int length = Character.toChars(first[slot], chars, 0);
    if (second[slot] >= 0) {
      length += Character.toChars(second[slot], chars, length);
    }
    term.setLength(length);
    offsets.setOffset(correctOffset.applyAsInt(start[slot]), correctOffset.applyAsInt(end[slot]));
    types.setType(type[slot]);
    increments.setPositionIncrement(positionIncrement[slot]);
    lengths.setPositionLength(positionLength[slot]);
    head = (head + 1) % CAPACITY;
    size--;
  }
}
