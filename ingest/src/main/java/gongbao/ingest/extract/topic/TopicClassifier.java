package gongbao.ingest.extract.topic;

import gongbao.ingest.article.TopicScore;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores an article against every theme: each evidence term adds its weight once for the headline
 * group (times {@code headingWeight}) and once per body occurrence (at most {@code maxCountPerTerm}).
 * Terms are matched longest first over the whole taxonomy (of equal length, leftmost first), and a term
 * overlapping one already matched is not counted: 新就业形态 is not also 就业, 工匠学院 not also 工匠, 劳模工匠 not also 劳模.
 * Linear in the text length per term.
 * An article that names none of the taxonomy's context terms (工会, 职工, 劳动者…) gets no theme.
 * Otherwise themes reaching {@code minScore} and {@code relativeScore} of the best are given, best first, with the
 * terms that fired, so a reader can see why; a theme the headline group names clearly (its headline
 * evidence alone reaches {@code minScore}) is given whatever its share of the best.
 */
public final class TopicClassifier {

  private final TopicTaxonomy taxonomy;
  /** Every distinct term of the taxonomy, longest first, ties by term. */
  private final List<String> termsLongestFirst;

  public TopicClassifier(TopicTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    TreeSet<String> terms = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    taxonomy.topics().forEach(topic -> terms.addAll(topic.terms().keySet()));
    this.termsLongestFirst = List.copyOf(terms);
  }

  private record Evidence(String term, double contribution) {}

  public List<TopicScore> classify(String heading, String body) {
    if (!speaksOfWorkers(heading) && !speaksOfWorkers(body)) {
      return List.of();
    }
    Map<String, Integer> inHeading = occurrences(heading);
    Map<String, Integer> inBody = occurrences(body);
    List<TopicScore> scores = new ArrayList<>();
    Set<String> namedInHeadline = new HashSet<>();
    for (Topic topic : taxonomy.topics()) {
      List<Evidence> evidence = new ArrayList<>();
      double score = 0;
      double headlineScore = 0;
      for (Map.Entry<String, Double> term : topic.terms().entrySet()) {
        int heads = Math.min(1, inHeading.getOrDefault(term.getKey(), 0));
        int bodies = Math.min(taxonomy.maxCountPerTerm(), inBody.getOrDefault(term.getKey(), 0));
        double contribution = term.getValue() * (heads * taxonomy.headingWeight() + bodies);
        headlineScore += term.getValue() * heads * taxonomy.headingWeight();
        if (contribution > 0) {
          evidence.add(new Evidence(term.getKey(), contribution));
          score += contribution;
        }
      }
      if (headlineScore >= taxonomy.minScore()) {
        namedInHeadline.add(topic.id());
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
    return scores.stream().filter(score -> score.score() >= floor || namedInHeadline.contains(score.id())).toList();
  }

  private boolean speaksOfWorkers(String text) {
    return taxonomy.contextTerms().isEmpty() || taxonomy.contextTerms().stream().anyMatch(text::contains);
  }

  /**
   * How often each term of the taxonomy occurs in {@code text} outside the occurrences of longer terms;
   * of two overlapping terms of equal length, the one further left counts. A term shared by two themes
   * is counted once for both.
   */
  private Map<String, Integer> occurrences(String text) {
    Map<String, Integer> counts = new HashMap<>();
    BitSet taken = new BitSet(text.length());
    int next = 0;
    while (next < termsLongestFirst.size()) {
      int length = termsLongestFirst.get(next).length();
      List<Occurrence> found = new ArrayList<>();
      for (; next < termsLongestFirst.size() && termsLongestFirst.get(next).length() == length; next++) {
        String term = termsLongestFirst.get(next);
        for (int from = text.indexOf(term); from >= 0; from = text.indexOf(term, from + length)) {
          found.add(new Occurrence(from, term));
        }
      }
      found.sort(Comparator.comparingInt(Occurrence::start).thenComparing(Occurrence::term));
      for (Occurrence occurrence : found) {
        int firstTaken = taken.nextSetBit(occurrence.start());
        if (firstTaken < 0 || firstTaken >= occurrence.start() + length) {
          counts.merge(occurrence.term(), 1, Integer::sum);
          taken.set(occurrence.start(), occurrence.start() + length);
        }
      }
    }
    return counts;
  }

  private record Occurrence(int start, String term) {}
}
