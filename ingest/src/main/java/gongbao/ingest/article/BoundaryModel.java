package gongbao.ingest.article;

/**
 * Decides, for a run of headline-like lines that no firm rule settles, whether it opens a new article.
 * The product uses {@link BoostedBoundaryModel#standard()}; the trainer plugs in the known answers.
 */
@FunctionalInterface
public interface BoundaryModel {

  /**
   * @param lineStart where the run's first line starts in the page text
   * @param features the run's features, in the order of {@link BoostedBoundaryModel#FEATURE_NAMES}
   */
  boolean startsArticle(int lineStart, double[] features);
}
