package gongbao.ingest.article;

import java.util.List;

/**
 * The lines of a page with their roles, judged first line by line ({@link LineClassifier}) and then in
 * context: kickers and long subtitles inside headline groups, and photo items (captions closed by a
 * credit) as separate items or as photos inside an article.
 */
final class PageLayout {

  private static final int MAX_CAPTION_CHARS = 300;
  private static final int MAX_CAPTION_LINES = 3;
  private static final int MAX_KICKER_CHARS = 60;
  private static final int MAX_SUBTITLE_CHARS = 120;

  final List<PageLine> lines;
  final LineRole[] roles;
  /** A headline line that opens a photo item. */
  final boolean[] photoHead;
  /** A caption line that opens a photo item printed without a headline. */
  final boolean[] photoStart;
  /** Caption lines and credits of a photo printed inside an article that goes on after it. */
  final boolean[] inlinePhoto;

  PageLayout(List<PageLine> lines) {
    this.lines = lines;
    this.roles = new LineRole[lines.size()];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = LineClassifier.classify(lines.get(i).text());
    }
    markKickersAndSubtitles();
    this.photoHead = new boolean[lines.size()];
    this.photoStart = new boolean[lines.size()];
    this.inlinePhoto = new boolean[lines.size()];
    markPhotoItems();
  }

  int size() {
    return lines.size();
  }

  PageLine line(int i) {
    return lines.get(i);
  }

  LineRole role(int i) {
    return roles[i];
  }

  /**
   * Finds photo items before segmenting: a credit line ({@code … 摄}, or an agency staff line ending a
   * short item) closes up to three short caption lines, under a headline if one stands right above
   * them; without one, the single line above the credit is the caption.
   */
  private void markPhotoItems() {
    for (int c = 0; c < lines.size(); c++) {
      boolean staffCredit = roles[c] == LineRole.STAFF && endsItem(c) && hasCreditWord(lines.get(c).text());
      if (roles[c] != LineRole.CREDIT && !staffCredit) {
        continue;
      }
      int k = c - 1;
      if (k >= 0 && roles[k] == LineRole.STAFF && lines.get(c).tight()) {
        k--;
      }
      int captions = 0;
      while (k >= 0 && captions < MAX_CAPTION_LINES && roles[k] == LineRole.BODY
          && lines.get(k).text().length() <= MAX_CAPTION_CHARS && !BylineParser.hasLead(lines.get(k).text())) {
        k--;
        captions++;
      }
      if (captions == 0) {
        continue;
      }
      if (k >= 0 && roles[k] == LineRole.HEADING) {
        photoHead[k] = true;
        roles[c] = LineRole.CREDIT;
      } else if (!staffCredit && c + 1 < lines.size() && roles[c + 1] == LineRole.BODY
          && !(c + 2 < lines.size() && roles[c + 2] == LineRole.CREDIT)) {
        inlinePhoto[k + captions] = true; // one caption line, inside an article that continues
        inlinePhoto[c] = true;
      } else if (!staffCredit) {
        photoStart[k + captions] = true;
      }
    }
  }

  /**
   * Lines that read as prose on their own but sit in a headline group: a kicker ending with a colon
   * ({@code 国台办：}) or a dash, or a long one above a title with its column in brackets ({@code 开局良好，进展顺利，…}),
   * a title made long by its column in brackets above a dash subtitle, and a long subtitle opening with a dash right
   * below a headline.
   */
  private void markKickersAndSubtitles() {
    for (int i = lines.size() - 2; i >= 0; i--) {
      String text = lines.get(i).text();
      boolean afterClosed = i == 0 || roles[i - 1] != LineRole.BODY || Punctuation.endsParagraph(lines.get(i - 1).text());
      boolean kicker = isKickerShaped(text)
          && (text.endsWith("：") || text.endsWith(":") || Punctuation.endsWithBracketedNote(lines.get(i + 1).text()))
          || isDashKicker(text);
      if (roles[i] == LineRole.BODY && afterClosed
          && (roles[i + 1] == LineRole.HEADING && kicker || isLongTitleAboveDash(text, lines.get(i + 1).text()))) {
        roles[i] = LineRole.HEADING;
      }
    }
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (roles[i] == LineRole.BODY && roles[i - 1] == LineRole.HEADING && text.startsWith("——")
          && text.length() <= MAX_SUBTITLE_CHARS && !Punctuation.hasInnerSentenceEnd(text, text.length())) {
        roles[i] = LineRole.HEADING;
      }
    }
  }

  /**
   * A kicker that leads into the title with a dash may be a whole sentence or two ({@code 苦氟水让…吃了多年苦头。
   * 为了…，终于——}): body text does not end a paragraph with a dash right above a headline.
   */
  private static boolean isDashKicker(String text) {
    return text.length() <= MAX_SUBTITLE_CHARS && Punctuation.endsWithDash(text) && !Punctuation.opensWithBracket(text);
  }

  /**
   * A title too long for a headline because of its column in brackets ({@code 牢记嘱托…（在习近平新时代…——新时代新作为
   * 新篇章）}), one clause, with a subtitle opening with a dash right below it.
   */
  private static boolean isLongTitleAboveDash(String text, String next) {
    return text.length() <= MAX_SUBTITLE_CHARS && next.startsWith("——") && next.length() <= MAX_SUBTITLE_CHARS
        && Punctuation.endsWithBracketedNote(text) && !Punctuation.opensWithBracket(text)
        && !Punctuation.hasInnerSentenceEnd(text, text.length()) && !LineClassifier.opensLikeSentence(text);
  }

  private static boolean isKickerShaped(String text) {
    if (text.length() > MAX_KICKER_CHARS || Punctuation.hasInnerSentenceEnd(text, text.length())) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    return first != '（' && first != '(' && last != '。' && last != '；' && last != '，' && last != ',' && last != '、'
        && !LineClassifier.opensLikeSentence(text) && !BylineParser.hasLead(text);
  }

  private boolean endsItem(int i) {
    return i == lines.size() - 1 || roles[i + 1] == LineRole.HEADING;
  }

  static boolean hasCreditWord(String line) {
    return line.contains("记者") || line.contains("通讯员");
  }
}
