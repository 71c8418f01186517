package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article while the page is being walked: collects lines, then becomes an {@link Article}. */
final class ArticleDraft {

  /** A body paragraph under construction; column breaks are joined into it. */
  static final class Part {
    final StringBuilder text;
    final boolean subhead;
    /** A whole line that nothing continues, such as a section's staff line. */
    private final boolean whole;
    /** A headline-like line read back as the first half of a paragraph cut by a column break. */
    private final boolean cutLine;
    int joins;

    Part(String text, boolean subhead) {
      this(text, subhead, false, false);
    }

    private Part(String text, boolean subhead, boolean whole, boolean cutLine) {
      this.text = new StringBuilder(text);
      this.subhead = subhead;
      this.whole = whole;
      this.cutLine = cutLine;
    }

    static Part wholeLine(String text) {
      return new Part(text, false, true, false);
    }

    boolean open() {
      return !subhead && !whole && !Punctuation.endsParagraph(text); // looks at the tail only: joins stay linear
    }

    /** Text or subhead without a paragraph's closing punctuation, which a column break may have cut. */
    boolean unfinished() {
      return !whole && !Punctuation.endsParagraph(text);
    }

    String text() {
      return text.toString();
    }

    /** Joins the rest of this part, cut off by a column break, back to it. */
    void join(String rest) {
      text.append(rest);
      joins++;
    }
  }

  /** The longest unfinished line of text that may be the first half of a subhead cut by a box. */
  private static final int MAX_CUT_SUBHEAD_CHARS = 16;

  final List<String> heads = new ArrayList<>();
  final List<String> staffLines = new ArrayList<>();
  final List<String> endStaffLines = new ArrayList<>();
  final List<String> creditLines = new ArrayList<>();
  final List<String> authorNotes = new ArrayList<>();
  /** A writer's note ({@code （作者为…）}) signs the text, at its end or kept in it where printed. */
  boolean signedByNote;
  /** Staff lines signing the sections of a compilation: kept in the text where printed, their names credited. */
  final List<String> sectionStaffLines = new ArrayList<>();
  /** The article is a compilation of sections, each headed by a subhead (and maybe signed). */
  boolean compilation;
  /** Captions of photos printed inside the article. */
  final List<String> captions = new ArrayList<>();
  final List<Part> parts = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  @Nullable String readingTip;
  /** How many headline lines stood above the first reading-tip box printed before any text; -1: no such box. */
  int headsAboveTip = -1;
  /** A line of text completed a reading-tip box that a column break cut ({@link #continueTipBox}). */
  private boolean tipContinued;
  boolean toc;
  boolean photo;
  /** The article's own text broke off mid-sentence before out-of-order fragments were attached. */
  boolean cutOff;
  /** Headlines only: the page ends before any text of theirs. */
  boolean textElsewhere;
  /** Credits or names have closed the article: nothing more of its body follows. */
  boolean ended;
  int start;
  int end;

  ArticleDraft(int start, int end) {
    this.start = start;
    this.end = end;
  }

  void cover(PageLine line) {
    start = Math.min(start, line.start());
    end = Math.max(end, line.end());
  }

  /** Also covers the page text another draft covered (a draft merged back into this one). */
  void cover(ArticleDraft other) {
    start = Math.min(start, other.start);
    end = Math.max(end, other.end);
  }

  boolean hasBody() {
    for (Part part : parts) {
      if (!part.subhead) {
        return true;
      }
    }
    return false;
  }

  /** The last body paragraph if it is still open (ends without closing punctuation), else null. */
  @Nullable Part openPart() {
    for (int i = parts.size() - 1; i >= 0; i--) {
      Part part = parts.get(i);
      if (!part.subhead) {
        return part.open() ? part : null;
      }
    }
    return null;
  }

  /**
   * Makes this article, so far the first signed section under the headline of a compilation, the compilation: the
   * section's own headline (the last {@code sectionHeadCount} blocks) and staff lines move to the front of the text, and
   * the blocks above them stay the headline.
   */
  void compileSections(int sectionHeadCount) {
    List<String> sectionHeads = heads.subList(heads.size() - sectionHeadCount, heads.size());
    List<Part> front = new ArrayList<>();
    sectionHeads.forEach(head -> front.add(new Part(head, true)));
    staffLines.forEach(line -> front.add(Part.wholeLine(line)));
    parts.addAll(0, front);
    sectionHeads.clear();
    sectionStaffLines.addAll(0, staffLines);
    staffLines.clear();
  }

  /**
   * The text so far ends with a section's staff line ({@code 本报记者 常钦}): a staff line next (after a box printed between
   * them) signs that section too.
   */
  boolean endsWithSectionStaff() {
    return !sectionStaffLines.isEmpty() && !parts.isEmpty() && parts.get(parts.size() - 1).whole
        && parts.get(parts.size() - 1).text().equals(sectionStaffLines.get(sectionStaffLines.size() - 1));
  }

  /**
   * The notes above a run of subheads ({@code （作者为…）} closing a section of a compilation, or the text above a sidebar
   * of the same article) stay in the text where printed, not at its end.
   */
  void keepNotesInText() {
    signedByNote |= !authorNotes.isEmpty();
    moveToText(authorNotes);
  }

  /** Moves {@code lines} into the text where it stands now, a whole line each. */
  private void moveToText(List<String> lines) {
    lines.forEach(line -> parts.add(Part.wholeLine(line)));
    lines.clear();
  }

  /**
   * A headline with credit lines under it and no text: a page's banner over its photo, with the page's layout credit
   * ({@code 社区工作者 奋战在一线（来自疫情防控一线的报道）} + {@code 版式设计：张丹峰}), then the page's articles. It is an
   * item of its own, not the next article's column, and its credits are not lost.
   */
  boolean creditedHeadline() {
    return parts.isEmpty() && !heads.isEmpty() && !staffLines.isEmpty();
  }

  /** No headline and no text, only lines around them: credits, notes, captions or a box whose text went as a repeat. */
  boolean linesOnly() {
    return parts.isEmpty() && heads.isEmpty() && !toc && !textElsewhere
        && (!staffLines.isEmpty() || !endStaffLines.isEmpty() || !creditLines.isEmpty() || !authorNotes.isEmpty()
            || !captions.isEmpty() || readingTip != null);
  }

  /** Takes the lines of a {@link #linesOnly()} draft printed below this one: they close this article's text. */
  void takeLinesOf(ArticleDraft below) {
    endStaffLines.addAll(below.staffLines);
    takeClosingLines(below);
  }

  /** Takes the closing staff lines, credits, notes, captions, boxes and warnings of a draft below this one. */
  private void takeClosingLines(ArticleDraft below) {
    endStaffLines.addAll(below.endStaffLines);
    creditLines.addAll(below.creditLines);
    authorNotes.addAll(below.authorNotes);
    captions.addAll(below.captions);
    if (below.readingTip != null) {
      readingTip = withBox(readingTip, below.readingTip);
    }
    warnings.addAll(below.warnings);
    cover(below);
  }

  /**
   * The drafts a walk found in a file that holds one article (an HTML article page), as that article: the headlines
   * found inside it are its subheads, photo items its captions, staff lines below its opening sign sections, kept where
   * printed; one whose text is only captions is a gallery, a photo item. A table of contents or a promotion box in it
   * is the site's, not the article's: dropped, with a warning.
   */
  static ArticleDraft whole(List<ArticleDraft> drafts) {
    ArticleDraft whole = new ArticleDraft(drafts.isEmpty() ? 0 : drafts.get(0).start, 0);
    boolean photosOnly = true;
    for (ArticleDraft draft : drafts) {
      if (draft.toc) {
        String box = draft.heads.isEmpty() ? "" : draft.heads.get(0);
        whole.warnings.add("contents or promotion box dropped: " + preview(box));
      } else {
        whole.absorb(draft);
        photosOnly &= draft.photo;
      }
    }
    whole.photo = (photosOnly || !whole.hasBody()) && !whole.captions.isEmpty(); // a gallery: its text is captions
    return whole;
  }

  private void absorb(ArticleDraft draft) {
    draft.heads.forEach(head -> parts.add(new Part(head, true)));
    if (parts.isEmpty()) {
      staffLines.addAll(draft.staffLines);
    } else {
      sectionStaffLines.addAll(draft.staffLines);
      draft.staffLines.forEach(line -> parts.add(Part.wholeLine(line)));
    }
    for (Part part : draft.parts) {
      if (draft.photo && !part.subhead) {
        captions.add(part.text());
      } else {
        parts.add(part);
      }
    }
    sectionStaffLines.addAll(draft.sectionStaffLines);
    signedByNote |= draft.signedByNote;
    compilation |= draft.compilation;
    cutOff = draft.cutOff;
    takeClosingLines(draft);
  }

  /**
   * Keeps the lines of a {@link #linesOnly()} draft above the page's first article as text of their own: the end of an
   * article printed on another page ({@code （作者为…）}), not the next article's, which they would misattribute.
   */
  void keepLinesAsText() {
    List.of(staffLines, endStaffLines, creditLines, authorNotes).forEach(this::moveToText);
    warnings.add("lines above the page's first article, without its text: the end of an article on another page?");
  }

  /** The boxes so far and one more, a box a line, so that two boxes do not read as one run of text. */
  static String withBox(@Nullable String boxes, String box) {
    return boxes == null ? box : boxes + "\n" + box;
  }

  /** A reading-tip box stands right under the whole headline, before any text. */
  boolean tipUnderHeadline() {
    return headsAboveTip == heads.size();
  }

  /**
   * The text of the reading-tip box a column break may have cut, before any text: the one box whose text does not end a
   * paragraph ({@code 核心阅读} + {@code …加上团队专业的指导，她} + another box + {@code 正逐渐走向成熟。…}), unless a line
   * has completed it already. Null when there is no such box.
   */
  @Nullable String openTipBox() {
    if (readingTip == null || !parts.isEmpty() || tipContinued) {
      return null;
    }
    String[] boxes = readingTip.split("\n");
    int open = onlyOpenBox(boxes);
    return open < 0 ? null : boxes[open];
  }

  /** True when {@code line} is the text of one of the article's reading-tip boxes again: a repeat, not text. */
  boolean repeatsTipBox(String line) {
    return readingTip != null && readingTip.lines().anyMatch(line::equals);
  }

  /** Appends the line that completes the box {@link #openTipBox()} names. */
  void continueTipBox(String line) {
    String[] boxes = readingTip.split("\n");
    boxes[onlyOpenBox(boxes)] += line;
    readingTip = String.join("\n", boxes);
    tipContinued = true;
  }

  /** The index of the one box whose text does not end a paragraph; -1 if none or several. */
  private static int onlyOpenBox(String[] boxes) {
    int open = -1;
    for (int i = 0; i < boxes.length; i++) {
      if (!Punctuation.endsParagraph(boxes[i])) {
        if (open >= 0) {
          return -1;
        }
        open = i;
      }
    }
    return open;
  }

  /**
   * Reads the last part back as a line cut by a column break when a box is printed right under it: a subhead
   * under body text is the start of a paragraph ({@code 是重庆市总} + box + {@code 和沙坪坝区总深入一线}); a subhead is
   * followed by its text, not by a box. A short unfinished line of text ({@code 学生的鼓励让} + box + {@code
   * 她克服了对滑雪的恐惧}) may be either: if a lone headline line follows, it is a subhead's first half.
   */
  void reopenLineAboveBox() {
    int last = parts.size() - 1;
    if (last < 1) {
      return;
    }
    Part part = parts.get(last);
    boolean cutSubhead = part.subhead && !parts.get(last - 1).subhead
        && !ArticleBoundary.SUBHEAD_NUMBERING.matcher(part.text()).find();
    boolean cutShortLine = !part.subhead && part.joins == 0 && part.open() && part.text.length() <= MAX_CUT_SUBHEAD_CHARS;
    if (cutSubhead || cutShortLine) {
      parts.set(last, new Part(part.text(), false, false, true));
    }
  }

  /** Characters of body text so far (subheads aside), counted up to {@code limit}. */
  int bodyChars(int limit) {
    int chars = 0;
    for (int i = 0; i < parts.size() && chars < limit; i++) {
      if (!parts.get(i).subhead) {
        chars += parts.get(i).text.length();
      }
    }
    return chars;
  }

  /** The number of subheads so far. */
  int subheads() {
    int count = 0;
    for (Part part : parts) {
      if (part.subhead) {
        count++;
      }
    }
    return count;
  }

  /** The last body paragraph, or null. */
  @Nullable Part lastBody() {
    for (int i = parts.size() - 1; i >= 0; i--) {
      if (!parts.get(i).subhead) {
        return parts.get(i);
      }
    }
    return null;
  }

  /** Whether the paragraph before any trailing subheads is open. */
  boolean lastBodyOpen() {
    return openPart() != null;
  }

  /** The last part is a line reopened by {@link #reopenLineAboveBox()} that nothing has continued yet. */
  boolean cutLineOpen() {
    Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    return last != null && last.cutLine && last.joins == 0 && last.open();
  }

  /** Heads, staff and body so far, for comparing topics; bounded to the last {@code maxChars}. */
  String recentText(int maxChars) {
    StringBuilder text = new StringBuilder();
    for (String head : heads) {
      text.append(head).append('\n');
    }
    int from = parts.size();
    int length = 0;
    while (from > 0 && length < maxChars) {
      from--;
      length += parts.get(from).text.length();
    }
    for (int i = from; i < parts.size(); i++) {
      StringBuilder part = parts.get(i).text;
      text.append(part, Math.max(0, part.length() - maxChars), part.length()).append('\n');
    }
    return text.length() > maxChars * 2 ? text.substring(text.length() - maxChars * 2) : text.toString();
  }

  /** The opening of a text, for warnings. */
  static String preview(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
