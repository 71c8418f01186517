package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins a line a column break cut in two, even with a reading-tip box between the halves, where the halves show it:
 * a line that leaves a bracket open with the line that closes it ({@code （新华社北京} + box + {@code 10月1日电）}), and a
 * staff or credit line with a short rest that makes it a photo credit or completes a word of it ({@code 新华社记者 王建} +
 * box + {@code 威摄}, {@code 数据来源：京沪高速铁路股份有} + {@code 限公司}), a staff or credit line cut inside its name
 * ({@code 本报记者 苏} + {@code 宁}, {@code 侯} + {@code 崇慧摄（人民视觉）}), and a credit's bare label with what it
 * credits under it ({@code 数据来源：} + {@code 商务部和国家邮政局网站}, {@code 栏目投稿邮箱：} + an address). Read apart, the
 * second half looks like a headline line; joined, the line is the note or credit it was. The box goes before a rejoined
 * closing note, which ends its article, and after any other rejoined line, such as a photo credit under its caption. One
 * pass over the lines.
 */
final class CutLines {

  /** How far into the second half its closing bracket may come: the rest of a note, not a paragraph. */
  private static final int MAX_CLOSE_AT = 60;
  /** The rest of a staff or credit line cut by a column break is a few characters of a name or an institution. */
  private static final int MAX_CREDIT_REST_CHARS = 12;
  /** What a bare label credits on the line under it is a name, an institution or an address, not a sentence. */
  private static final int MAX_CREDITED_CHARS = 40;

  /** The credit of a source, an institution rather than names: {@code 数据来源：…}, {@code 资料来源：…}. */
  private static final Pattern SOURCE_CREDIT = Pattern.compile("^(?:数据|资料|图片|资料和数据)来源[：:]");

  private CutLines() {}

  static List<PageLine> rejoin(List<PageLine> lines) {
    List<PageLine> joined = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      PageLine line = lines.get(i);
      int next = i + 1;
      if (next + 1 < lines.size() && LineClassifier.isReadingTipLabel(lines.get(next).text())) {
        next += 2; // the box's label and its text
      }
      if (next < lines.size() && (cutInBrackets(line.text(), lines.get(next).text())
          || cutCredit(line.text(), lines.get(next).text()) || cutInDash(line.text(), lines.get(next).text()))) {
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

  /** True when a dash of two characters is cut between the lines: {@code …望远镜—} + {@code —}, {@code —} + {@code —…说}. */
  private static boolean cutInDash(String line, String next) {
    return line.endsWith("—") && !line.endsWith("——") && next.startsWith("—") && !next.startsWith("——");
  }

  private static boolean cutInBrackets(String line, String next) {
    return Punctuation.leavesOpen(line, Punctuation.BRACKET_OPENS, Punctuation.BRACKET_CLOSES) && closesFirst(next);
  }

  /**
   * True when {@code line} is a staff or credit line and {@code next} a short rest that is none by itself, and together
   * they make a photo credit where the line was only a staff line, or the junction cuts a word of a source's name.
   */
  private static boolean cutCredit(String line, String next) {
    if (isBareLabel(line)) {
      // 数据来源： + 商务部和国家邮政局网站: the label alone on its line, what it credits on the next
      LineRole rest = LineClassifier.classify(next);
      return next.length() <= MAX_CREDITED_CHARS && !Punctuation.endsParagraph(next)
          && (rest == LineRole.HEADING || rest == LineRole.STAFF);
    }
    if (next.length() > MAX_CREDIT_REST_CHARS) {
      return false; // the common case, decided before any line is classified; a rest may end with a note (芬摄（资料照片）)
    }
    LineRole role = LineClassifier.classify(line);
    boolean nameBeforeItsCredit = next.startsWith("摄") && (role == LineRole.HEADING || role == LineRole.STAFF);
    if (nameBeforeItsCredit || role == LineRole.HEADING && endsOnCutName(line, next)) {
      LineRole whole = LineClassifier.classify(line + next);
      return whole == LineRole.STAFF || whole == LineRole.CREDIT;
    }
    LineRole rest = LineClassifier.classify(next);
    if (role != LineRole.STAFF && role != LineRole.CREDIT || rest == LineRole.STAFF || rest == LineRole.CREDIT) {
      return false;
    }
    // a word read across the end of a name (版式设计：蔡华伟 + 人勤春早: 伟人) is no evidence; across an institution's it is
    return role == LineRole.STAFF && BylineParser.isCreditLine(line + next)
        || SOURCE_CREDIT.matcher(line).find() && JunctionWords.cutsAWord(line, next);
  }

  /**
   * True when a headline-like line is the start of a staff or credit line cut inside its name, before the rest that
   * makes it one ({@link #cutCredit} checks the whole): a family name alone ({@code 侯} + {@code 崇慧摄（人民视觉）}), a
   * staff label with a family name ({@code 本报记者 苏} + {@code 宁}), or a word cut at the junction ({@code 新华} + {@code
   * 社记者 潘昱龙摄}). A name cut before its {@code 摄} ({@code 计海新} + {@code 摄（影像中国）}) shows itself in the rest.
   */
  private static boolean endsOnCutName(String line, String next) {
    int space = line.lastIndexOf(' ');
    String last = line.substring(space + 1);
    boolean loneFamilyName = last.length() == 1 && ChineseSurnames.startsWithSurname(last)
        && (space < 0 || LineClassifier.classify(line.substring(0, space)) == LineRole.STAFF);
    return loneFamilyName || JunctionWords.cutsAWord(line, next);
  }

  /** A credit's label with nothing after its colon: {@code 数据来源：}, {@code 栏目投稿邮箱：}, {@code 版式设计：}. */
  private static boolean isBareLabel(String line) {
    String label = line.strip();
    return Punctuation.endsWithColon(label) && BylineParser.isLabelledCredit(label);
  }

  /** True when the first bracket in the text, within its first {@value #MAX_CLOSE_AT} characters, closes one. */
  private static boolean closesFirst(String text) {
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
