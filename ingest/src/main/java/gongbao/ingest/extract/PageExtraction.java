package gongbao.ingest.extract;

import gongbao.ingest.article.Article;
import gongbao.ingest.page.Page;
import gongbao.ingest.extract.reprint.MinHasher;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction step of one ingest run: segments each article once, fills its metadata and gives it a
 * reprint cluster; the segmentation goes on to the index. Owns a segmenter, so an instance belongs to one thread; the clusterer may be shared.
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

  /** Regions, unions, topics, persons, keywords and summary, with the segmentation they were read from: independent of other pages. */
  public List<ExtractedArticle> withMetadata(Page page, List<Article> articles) {
    List<ExtractedArticle> result = new ArrayList<>(articles.size());
    for (Article article : articles) {
      ArticleText text = segmenter.segment(article);
      result.add(new ExtractedArticle(extractor.extract(article, text, page.paper().regionCode()), text));
    }
    return result;
  }

  /**
   * Reprint clusters from the shared clusterer. A cluster is named after its first article, so callers
   * that want the same ids on every run must call this in the same page order.
   */
  public List<ExtractedArticle> withClusters(List<ExtractedArticle> articles) {
    List<ExtractedArticle> result = new ArrayList<>(articles.size());
    for (ExtractedArticle extracted : articles) {
      Article a = extracted.article();
      String cluster = clusterer.assign(a.id(), a.title() + "\n" + a.bodyText());
      result.add(new ExtractedArticle(
          a.withMetadata(a.regions(), a.unions(), a.topics(), a.persons(), a.keywords(), a.summary(), cluster),
          extracted.text()));
    }
    return result;
  }
}
