package gongbao.ingest.extract;

import gongbao.ingest.article.Article;
import gongbao.ingest.page.Page;
import gongbao.ingest.extract.reprint.MinHasher;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction step of one ingest run: segments each article once, fills its metadata and gives it a
 * reprint cluster. Owns a segmenter, so an instance belongs to one thread; the clusterer may be shared.
 */
public final class PageExtraction {

  /** MinHash settings; the threshold is measured on rmrb (EVALUATION.md, ReprintThresholdEvaluation). */
  public static final int HASHES = 64;
  public static final int SHINGLE_CHARS = 5;
  public static final long SEED = 20_240_601L;
  public static final double REPRINT_THRESHOLD = 0.6;
  public static final int ROWS_PER_BAND = 4;
  public static final int MIN_SHINGLES = 40;

  private final MetadataExtractor extractor;
  private final ReprintClusterer clusterer;
  private final ArticleSegmenter segmenter = new ArticleSegmenter();

  public PageExtraction(MetadataExtractor extractor, ReprintClusterer clusterer) {
    this.extractor = extractor;
    this.clusterer = clusterer;
  }

  /** A clusterer with the measured settings. */
  public static ReprintClusterer newClusterer() {
    return new ReprintClusterer(new MinHasher(HASHES, SHINGLE_CHARS, SEED), REPRINT_THRESHOLD, ROWS_PER_BAND,
        MIN_SHINGLES);
  }

  /** Metadata and reprint clusters, in one go. */
  public List<Article> apply(Page page, List<Article> articles) {
    return withClusters(withMetadata(page, articles));
  }

  /** Regions, unions, topics, persons, keywords and summary: independent of other pages. */
  public List<Article> withMetadata(Page page, List<Article> articles) {
    List<Article> result = new ArrayList<>(articles.size());
    for (Article article : articles) {
      result.add(extractor.extract(article, segmenter.segment(article), page.paper().regionCode()));
    }
    return result;
  }

  /**
   * Reprint clusters from the shared clusterer. A cluster is named after its first article, so callers
   * that want the same ids on every run must call this in the same page order.
   */
  public List<Article> withClusters(List<Article> articles) {
    List<Article> result = new ArrayList<>(articles.size());
    for (Article a : articles) {
      String cluster = clusterer.assign(a.id(), a.title() + "\n" + a.bodyText());
      result.add(a.withMetadata(a.regions(), a.unions(), a.topics(), a.persons(), a.keywords(), a.summary(), cluster));
    }
    return result;
  }
}
