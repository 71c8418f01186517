package gongbao.ingest.article;

import java.util.Set;

/**
 * How much text that follows a headline-like line shares with the article above it: the share of the
 * following text's distinct runs of three Chinese characters that also occur above. A subhead continues its
 * article's topic; a new headline usually starts another. Inputs are bounded by the caller.
 */
final class TopicContinuity {

  private TopicContinuity() {}

  static double score(String above, String below) {
    Set<Long> belowTriples = HanGrams.of(below, 3, below.length());
    if (belowTriples.isEmpty()) {
      return 0;
    }
    return HanGrams.shared(belowTriples, HanGrams.of(above, 3, above.length())) / (double) belowTriples.size();
  }
}
