package gongbao.ingest.article;

/**
 * How much text that follows a headline-like line shares with the article above it: the share of the
 * following text's distinct runs of three Chinese characters that also occur above. A subhead continues its
 * article's topic; a new headline usually starts another. Inputs are bounded by the caller.
 */
final class TopicContinuity {

  private TopicContinuity() {}

  static double score(String above, String below) {
    long[] belowTriples = HanGrams.sortedDistinct(below, 3, below.length());
    if (belowTriples.length == 0) {
      return 0;
    }
    return HanGrams.occurring(belowTriples, above, 3, above.length()) / (double) belowTriples.length;
  }
}
