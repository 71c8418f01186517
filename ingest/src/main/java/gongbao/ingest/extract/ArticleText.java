package gongbao.ingest.extract;

import gongbao.ingest.analysis.SegmentedText;
import java.util.Objects;

/**
 * The segmented text of one article: its headline group (kicker, title, subtitle, one a line), its
 * body (paragraphs, captions and reading tip, one a line) and the dateline the splitter took off
 * (新华社北京10月19日电; empty if none). Extractors read these tokens and the index word fields are built
 * from them: nothing segments twice.
 */
public record ArticleText(SegmentedText heading, SegmentedText body, SegmentedText dateline) {

  public ArticleText {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(dateline, "dateline");
  }
}
