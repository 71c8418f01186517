package gongbao.ingest.extract;

import java.util.Objects;

/**
 * The segmented text of one article: its headline group (kicker, title, subtitle, one a line) and its
 * body (paragraphs and captions, one a line). Extractors read these tokens; nothing segments twice.
 */
public record ArticleText(SegmentedText heading, SegmentedText body) {

  public ArticleText {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(body, "body");
  }
}
