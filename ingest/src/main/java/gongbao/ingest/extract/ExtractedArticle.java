package gongbao.ingest.extract;

import gongbao.ingest.article.Article;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article with its metadata, the segmentation the metadata was read from (which the index reuses
 * for its word fields) and its reprint signature (null when the text is too short to judge), which
 * the index keeps so that later runs can cluster new articles with it.
 */
public record ExtractedArticle(Article article, ArticleText text, int @Nullable [] reprintSignature) {

  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
  }

  /** The same article with another cluster id. */
  public ExtractedArticle withCluster(String cluster) {
    Article a = article;
    return new ExtractedArticle(
        a.withMetadata(a.regions(), a.unions(), a.topics(), a.persons(), a.keywords(), a.summary(), cluster),
        text, reprintSignature);
  }
}
