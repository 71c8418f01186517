package gongbao.ingest.analysis;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * A text with the tokens of one segmentation of it. Offsets of tokens are offsets in {@code text}.
 * Knows where words start and end, so that a dictionary match can be checked against the segmentation.
 */
public final class SegmentedText {

  private final String text;
  private final List<Token> tokens;
  private final BitSet boundaries;

  public SegmentedText(String text, List<Token> tokens) {
    this.text = Objects.requireNonNull(text, "text");
    this.tokens = List.copyOf(tokens);
    this.boundaries = new BitSet(text.length() + 1);
    boundaries.set(0);
    boundaries.set(text.length());
    for (Token token : this.tokens) {
      boundaries.set(token.offset());
      boundaries.set(token.end());
    }
  }

  public static SegmentedText empty() {
    return new SegmentedText("", List.of());
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** True if a word of the segmentation starts or ends at {@code offset}. */
  public boolean isBoundary(int offset) {
    return boundaries.get(offset);
  }

  /** The index of the token that starts at {@code offset}, or -1. */
  public int tokenStartingAt(int offset) {
    return exactIndex(offset, Token::offset);
  }

  /** The index of the token whose characters include {@code offset}, or -1. */
  public int tokenCovering(int offset) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Token token = tokens.get(mid);
      if (token.end() <= offset) {
        low = mid + 1;
      } else if (token.offset() > offset) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The index of the token that ends at {@code offset}, or -1. */
  public int tokenEndingAt(int offset) {
    return exactIndex(offset, Token::end);
  }

  /** Binary search over the tokens, whose starts and ends both rise in text order. */
  private int exactIndex(int offset, ToIntFunction<Token> key) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int value = key.applyAsInt(tokens.get(mid));
      if (value < offset) {
        low = mid + 1;
      } else if (value > offset) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
