package gongbao.search.api;

import java.util.List;

/**
 * The articles nearest to a pasted text, those printing most of its words first.
 *
 * @param characters the text's letters, digits and ideographs: what {@code overlap} is a share of
 * @param matches the articles, by overlap and then by likeness of subject
 */
public record DraftCheckResponse(int characters, List<Match> matches) {

  /** Fewer letters, digits or ideographs than this say too little to check: a search for them is the better tool. */
  public static final int MIN_TEXT_CHARS = 10;
  /** The longest text checked at once: a paragraph or two more than the longest rmrb article. */
  public static final int MAX_TEXT_CHARS = 20_000;
  /** An article printing at least this share of the text has, in an editor's words, run it before. */
  public static final double MOSTLY_PRINTED = 0.5;

  public DraftCheckResponse {
    matches = List.copyOf(matches);
  }

  /**
   * One article and what it prints of the text.
   *
   * @param overlap the share of the text's runs of four characters that the article prints, 0 to 1
   * @param passageChars the length of the longest passage of the text the article prints whole
   * @param passage that passage, as the text has it (cut to 200 characters)
   */
  public record Match(SearchHit article, double overlap, int passageChars, String passage) {}
}
