package gongbao.ingest.extract;

import java.util.Objects;

/**
 * The segmented text of one article: its headline group (kicker, title, subtitle, one a line), its
 * body (paragraphs and captions, one a line) and the dateline the splitter took off (新华社北京10月19日电;
 * empty if none). Extractors read these tokens; nothing segments twice.
 */
public record ArticleText(SegmentedText heading, SegmentedText body, SegmentedText dateline) {

  public ArticleText {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(dateline, "dateline");
  }
}
