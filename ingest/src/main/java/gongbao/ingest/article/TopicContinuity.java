package gongbao.ingest.article;

/**
 * How much text that follows a headline-like line shares with the article above it: the share of the
 * following text's distinct runs of three Chinese characters that also occur above. A subhead continues its
 * article's topic; a new headline usually starts another. Inputs are bounded by the caller.
 */
final class TopicContinuity {

  private TopicContinuity() {}

  static double score(String above, String below) {
    HanGrams.Table belowTriples = HanGrams.Table.of(below, 3, below.length());
    if (belowTriples.size() == 0) {
      return 0;
    }
    return belowTriples.occurringIn(above, above.length()) / (double) belowTriples.size();
  }
}
