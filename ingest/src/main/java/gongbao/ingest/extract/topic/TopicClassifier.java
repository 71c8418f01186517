package gongbao.ingest.extract.topic;

import gongbao.ingest.article.TopicScore;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores an article against every theme: each evidence term adds its weight once for the headline
 * group (times {@code headingWeight}) and once per body occurrence (at most {@code maxCountPerTerm}).
 * Terms are matched longest first, and a shorter term inside a longer one that matched is not counted
 * again. Linear in the text length per term.
 * Themes reaching {@code minScore} and {@code relativeScore} of the best are given, best first, with the
 * terms that fired, so a reader can see why.
 */
public final class TopicClassifier {

  private final TopicTaxonomy taxonomy;

  public TopicClassifier(TopicTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  private record Evidence(String term, double contribution) {}

  public List<TopicScore> classify(String heading, String body) {
    List<TopicScore> scores = new ArrayList<>();
    for (Topic topic : taxonomy.topics()) {
      List<Evidence> evidence = new ArrayList<>();
      double score = 0;
      BitSet headingTaken = new BitSet(heading.length());
      BitSet bodyTaken = new BitSet(body.length());
      for (Map.Entry<String, Double> term : longestFirst(topic)) {
        int inHeading = Math.min(1, occurrences(heading, term.getKey(), 1, headingTaken));
        int inBody = occurrences(body, term.getKey(), taxonomy.maxCountPerTerm(), bodyTaken);
        double contribution = term.getValue() * (inHeading * taxonomy.headingWeight() + inBody);
        if (contribution > 0) {
          evidence.add(new Evidence(term.getKey(), contribution));
          score += contribution;
        }
      }
      if (score >= taxonomy.minScore()) {
        evidence.sort(Comparator.comparingDouble(Evidence::contribution).reversed().thenComparing(Evidence::term));
        scores.add(new TopicScore(topic.id(), topic.label(), Math.round(score * 10) / 10.0,
            evidence.stream().map(Evidence::term).toList()));
      }
    }
    scores.sort(Comparator.comparingDouble(TopicScore::score).reversed().thenComparing(TopicScore::id));
    if (scores.isEmpty()) {
      return scores;
    }
    double floor = scores.get(0).score() * taxonomy.relativeScore();
    return scores.stream().filter(score -> score.score() >= floor).toList();
  }

  private static List<Map.Entry<String, Double>> longestFirst(Topic topic) {
    List<Map.Entry<String, Double>> terms = new ArrayList<>(topic.terms().entrySet());
    terms.sort(Comparator.comparingInt((Map.Entry<String, Double> term) -> -term.getKey().length())
        .thenComparing(Map.Entry::getKey));
    return terms;
  }

  /**
   * Occurrences of a term not inside a longer term of the same theme already counted (劳模工匠 is not
   * also 劳模 and 工匠), at most {@code max}; every occurrence is marked taken.
   */
  private static int occurrences(String text, String term, int max, BitSet taken) {
    int count = 0;
    int from = text.indexOf(term);
    while (from >= 0) {
      if (taken.nextSetBit(from) < 0 || taken.nextSetBit(from) >= from + term.length()) {
        count++;
      }
      taken.set(from, from + term.length());
      from = text.indexOf(term, from + term.length());
    }
    return Math.min(count, max);
  }
}
