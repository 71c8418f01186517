package gongbao.ingest.article;

import gongbao.ingest.html.ArticleMarkup;
import gongbao.ingest.html.LineMark;
import java.util.regex.Pattern;

/**
 * The roles of an HTML article's lines, read from their text, put right by what its markup shows ({@link LineMark}).
 * A caption is a photo's caption, unless it reads as a credit or staff line ({@code 图片来源：…}), which the byline
 * takes. Code and a list's items are text, and so is a line that ends like prose (on a comma or a full stop, not on a
 * label's colon) or is a bare section number ({@code 1}, {@code 二}). A line the markup shows as a heading is a subhead
 * when it reads as one or is short and unpunctuated; an emphasised sentence is text. A headline-like line the markup
 * does not show as a heading is text on a page that shows its subheads; on a page that shows none it is a subhead only
 * standing apart over a paragraph, alone or under one other short line (not in a page of short lines, one phrase each,
 * nor among lines of code), and not a sentence or leading into the text with a colon or a dash.
 */
final class MarkedRoles {

  /** Most short lines in a row, with no heading shown on the page, of which headline-like ones may be subheads. */
  private static final int MAX_UNMARKED_RUN = 2;
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,2}|[一二三四五六七八九十]{1,3}");

  private MarkedRoles() {}

  /** Puts the roles right and marks the captions the markup shows. */
  static void apply(PageLayout layout, ArticleMarkup markup) {
    LineMark[] marks = new LineMark[layout.size()];
    for (int i = 0; i < marks.length; i++) {
      marks[i] = markup.markOf(layout.line(i).text());
    }
    boolean showsHeadings = false;
    for (int i = 0; i < marks.length; i++) {
      String text = layout.line(i).text();
      LineRole role = layout.roles[i];
      if (marks[i] == LineMark.TEXT) {
        layout.roles[i] = LineRole.BODY;
      } else if (role != LineRole.BODY && role != LineRole.HEADING) {
        continue; // staff, credit and note lines, boxes: as their text reads
      } else if (marks[i] == LineMark.CAPTION) {
        layout.caption[i] = true;
        layout.roles[i] = LineRole.BODY;
      } else if (BARE_NUMBER.matcher(text).matches() || endsLikeProse(text)) {
        layout.roles[i] = LineRole.BODY;
      } else if (marks[i] == LineMark.HEADING && (role == LineRole.HEADING
          || text.length() <= LineClassifier.MAX_HEADING_CHARS && !Punctuation.endsParagraph(text))) {
        layout.roles[i] = LineRole.HEADING;
        showsHeadings = true;
      }
    }
    boolean[] text = new boolean[marks.length];
    for (int i = 0; i < marks.length; i++) {
      text[i] = marks[i] == null && layout.roles[i] == LineRole.HEADING && (showsHeadings || !standsApart(layout, i));
    }
    for (int i = 0; i < marks.length; i++) {
      layout.roles[i] = text[i] ? LineRole.BODY : layout.roles[i];
    }
  }

  /**
   * True when the headline-like line {@code i} stands apart over a paragraph of text: alone or under one other phrase,
   * not itself a sentence (a question, an exclamation) and not leading into the text with a colon or a dash.
   */
  private static boolean standsApart(PageLayout layout, int i) {
    int first = i;
    while (first > 0 && isPhrase(layout, first - 1)) {
      first--;
    }
    int next = i + 1;
    while (next < layout.size() && isPhrase(layout, next)) {
      next++;
    }
    String text = layout.line(i).text();
    return next - first <= MAX_UNMARKED_RUN && next < layout.size() && layout.roles[next] == LineRole.BODY
        && !layout.caption[next] && !Punctuation.endsParagraph(text) && !Punctuation.endsWithColon(text)
        && !Punctuation.endsWithDash(text);
  }

  /**
   * A headline-like line, or a line of text no longer than a headline that ends no sentence: a phrase of a page of
   * short lines ({@code 目前} + {@code 南沙国际邮轮母港码头工程} + …), a line of code.
   */
  private static boolean isPhrase(PageLayout layout, int i) {
    String text = layout.line(i).text();
    return !layout.caption[i] && (layout.roles[i] == LineRole.HEADING || layout.roles[i] == LineRole.BODY
        && text.length() <= LineClassifier.MAX_HEADING_CHARS && !Punctuation.endsParagraph(text));
  }

  /** A full stop, a comma or a semicolon at the end, not a label's colon ({@code 英国《泰晤士报》：}). */
  private static boolean endsLikeProse(String text) {
    return Punctuation.endsLikeProse(text) && !Punctuation.endsWithColon(text);
  }
}
