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

  public List<Article> apply(Page page, List<Article> articles) {
    List<Article> result = new ArrayList<>(articles.size());
    for (Article article : articles) {
      Article withMetadata = extractor.extract(article, segmenter.segment(article), page.paper().regionCode());
      String cluster = clusterer.assign(article.id(), article.title() + "\n" + article.bodyText());
      result.add(withMetadata.withMetadata(withMetadata.regions(), withMetadata.unions(), withMetadata.topics(),
          withMetadata.persons(), withMetadata.keywords(), withMetadata.summary(), cluster));
    }
    return result;
  }
}
