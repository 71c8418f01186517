package gongbao.ingest.extract;

import gongbao.ingest.article.Article;
import java.util.Objects;

/**
 * An article with its metadata and the segmentation the metadata was read from, which the index
 * reuses for its word fields.
 */
public record ExtractedArticle(Article article, ArticleText text) {

  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
  }
}
