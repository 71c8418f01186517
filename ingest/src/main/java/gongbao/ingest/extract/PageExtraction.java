package gongbao.ingest.extract;

import gongbao.ingest.article.Article;
import gongbao.ingest.page.Page;
import gongbao.ingest.extract.reprint.MinHasher;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction step of one ingest run: segments each article once, fills its metadata and gives it a
 * reprint cluster; the segmentation goes on to the index. Owns a segmenter, so an instance belongs to
 * one thread.
 */
public final class PageExtraction {

  /** MinHash settings; the threshold is measured on rmrb (EVALUATION.md, ReprintThresholdEvaluation). */
  public static final int HASHES = 64;
  public static final int SHINGLE_CHARS = 5;
  public static final long SEED = 20_240_601L;
  public static final double REPRINT_THRESHOLD = 0.6;
  public static final int ROWS_PER_BAND = 4;
  public static final int MIN_SHINGLES = 40;

  private static final MinHasher HASHER = new MinHasher(HASHES, SHINGLE_CHARS, SEED);

  private final MetadataExtractor extractor;
  private final ArticleSegmenter segmenter = new ArticleSegmenter();

  public PageExtraction(MetadataExtractor extractor) {
    this.extractor = extractor;
  }

  /** A clusterer with the measured settings, empty: one per ingest run. */
  public static ReprintClusterer newClusterer() {
    return new ReprintClusterer(HASHER, REPRINT_THRESHOLD, ROWS_PER_BAND, MIN_SHINGLES);
  }

  /**
   * Regions, unions, topics, persons, keywords, summary and reprint signature, with the segmentation
   * they were read from: independent of other pages.
   */
  public List<ExtractedArticle> withMetadata(Page page, List<Article> articles) {
    List<ExtractedArticle> result = new ArrayList<>(articles.size());
    for (Article article : articles) {
      ArticleText text = segmenter.segment(article);
      result.add(new ExtractedArticle(extractor.extract(article, text, page.paper().regionCode()), text,
          HASHER.signatureOf(reprintText(article), MIN_SHINGLES)));
    }
    return result;
  }

  /**
   * Reprint clusters from the run's clusterer. A cluster is named after its first article, so callers
   * that want the same ids on every run must call this in the same page order.
   */
  public static List<ExtractedArticle> withClusters(List<ExtractedArticle> articles, ReprintClusterer clusterer) {
    List<ExtractedArticle> result = new ArrayList<>(articles.size());
    for (ExtractedArticle extracted : articles) {
      result.add(extracted.withCluster(clusterer.assign(extracted.article().id(), extracted.reprintSignature())));
    }
    return result;
  }

  /** The text whose shingles decide whether two articles are reprints of one story. */
  public static String reprintText(Article article) {
    return article.title() + "\n" + article.bodyText();
  }
}
