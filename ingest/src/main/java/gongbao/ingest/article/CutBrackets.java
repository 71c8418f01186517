package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins a line that leaves a bracket open with the line that closes it, when a column break cut the
 * bracket in two, even with a reading-tip box between the halves ({@code （新华社北京} + box + {@code 10月1日电）}).
 * Read apart, the second half looks like a headline line and the note's first half like text; joined, the
 * line is the closing note it was. The box goes before a rejoined closing note, which ends its article, and after
 * any other rejoined line, such as a photo credit under its caption. One pass over the lines.
 */
final class CutBrackets {

  /** How far into the second half its closing bracket may come: the rest of a note, not a paragraph. */
  private static final int MAX_CLOSE_AT = 60;

  private CutBrackets() {}

  static List<PageLine> rejoin(List<PageLine> lines) {
    List<PageLine> joined = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      PageLine line = lines.get(i);
      int next = i + 1;
      if (next + 1 < lines.size() && LineClassifier.isReadingTipLabel(lines.get(next).text())) {
        next += 2; // the box's label and its text
      }
      if (next < lines.size()
          && Punctuation.leavesOpen(line.text(), Punctuation.BRACKET_OPENS, Punctuation.BRACKET_CLOSES)
          && closesFirst(lines.get(next).text())) {
        PageLine tail = lines.get(next);
        PageLine whole = new PageLine(line.text() + tail.text(), line.start(), tail.end(), line.tight());
        List<PageLine> box = lines.subList(i + 1, next);
        if (Punctuation.opensWithBracket(line.text())) {
          // a closing note ends its article: the box it interrupted goes first, so that it stays with that article
          joined.addAll(box);
          joined.add(whole);
        } else {
          joined.add(whole);
          joined.addAll(box); // after the line it had interrupted: between a caption and its credit it would hide the photo
        }
        i = next;
      } else {
        joined.add(line);
      }
    }
    return joined;
  }

  /** True when the first bracket in the text, within its first {@value #MAX_CLOSE_AT} characters, closes one. */
  static boolean closesFirst(String text) {
    for (int i = 0; i < Math.min(text.length(), MAX_CLOSE_AT); i++) {
      char c = text.charAt(i);
      if (Punctuation.BRACKET_OPENS.indexOf(c) >= 0) {
        return false;
      }
      if (Punctuation.BRACKET_CLOSES.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
