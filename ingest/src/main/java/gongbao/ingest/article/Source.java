package gongbao.ingest.article;

import java.util.List;

/**
 * Where an article came from: the page file and the character offsets of its text in that page, plus
 * anything the splitter was unsure of.
 */
public record Source(String file, int startOffset, int endOffset, List<String> warnings) {

  public Source {
    warnings = List.copyOf(warnings);
  }
}
