package gongbao.ingest.article;

import java.util.List;

/** A theme of the taxonomy with its score and the evidence terms that fired. */
public record TopicScore(String id, String label, double score, List<String> evidence) {

  public TopicScore {
    evidence = List.copyOf(evidence);
  }
}
