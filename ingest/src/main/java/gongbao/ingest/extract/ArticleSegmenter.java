package gongbao.ingest.extract;

import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.WordSegmenter;
import gongbao.ingest.article.Article;

/**
 * Segments an article's text once: the searchable headline and body exactly as the index holds them
 * ({@link Article#headlineText()}, {@link Article#searchableText()}), and the dateline. Extraction
 * reads these tokens, and the index word fields are built from them (segmented once). Owns a
 * segmenter, so an instance belongs to one thread.
 */
public final class ArticleSegmenter {

  private final WordSegmenter segmenter = new WordSegmenter();

  public ArticleText segment(Article article) {
    String dateline = article.dateline();
    return new ArticleText(segment(article.headlineText()), segment(article.searchableText()),
        dateline == null ? SegmentedText.empty() : segment(dateline));
  }

  /** Normalises and segments one text. */
  public SegmentedText segment(String rawText) {
    return segmenter.segment(rawText);
  }
}
