package gongbao.ingest.article;

import gongbao.ingest.html.ArticleMarkup;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks the lines of one page once and cuts them into article drafts: headline runs open articles or
 * become subheads, staff lines become bylines or end credits, photo credits close photo items, reading
 * tips attach to their article, and a paragraph left open by a column break is continued by the next
 * body line even when a box or subhead sits in between. The lines of an HTML article are its paragraphs as its markup
 * shows them: none is continued, and its captions are those the markup shows ({@link MarkedRoles}).
 */
final class PageSegmenter {

  /** Kicker, title and subtitle. */
  private static final int MAX_HEADLINE_LINES = 3;
  /**
   * Runs kept in an article whose staff lines sign a part of it, printed in the text where they stand: a section of a
   * compilation, a story told and written down, a letter's closing line over its signature.
   */
  private static final Set<BoundaryDecision.Rule> SIGNED_WITHIN = EnumSet.of(BoundaryDecision.Rule.SECTION,
      BoundaryDecision.Rule.SECOND_SECTION, BoundaryDecision.Rule.TOLD_BY, BoundaryDecision.Rule.SIGNED_CLOSING);
  /** An item of a numbered list: {@code 1.《深入浅出5G移动通信》：…}. */
  private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\d{1,2}[.．、]");

  private final List<PageLine> lines;
  private final LineRole[] roles;
  private final boolean[] photoStart;
  private final boolean[] inlinePhoto;
  private final PageLayout layout;
  private final boolean[] caption;
  /** The lines are an HTML article's paragraphs ({@link PageLayout#paragraphsGiven}): none is joined to another. */
  private final boolean paragraphsGiven;
  private final ArticleBoundary boundary;
  private final Consumer<BoundaryDecision> decisions;
  private final CharacterPairs pairs;
  private final List<ArticleDraft> drafts = new ArrayList<>();
  private final List<String> carriedHeads = new ArrayList<>();
  /** Credit lines under carried headlines ({@code 本报记者 张 枨摄影报道}): they go with them. */
  private final List<String> carriedCredits = new ArrayList<>();
  private @Nullable ArticleDraft current;
  private @Nullable String pendingTip;
  /** The ended article a box left pending was printed under, while the line after the box is read. */
  private @Nullable ArticleDraft endedAbovePendingTip;

  private PageSegmenter(PageLayout layout, BoundaryModel model, Consumer<BoundaryDecision> decisions) {
    this.lines = layout.lines;
    this.roles = layout.roles;
    this.layout = layout;
    this.photoStart = layout.photoStart;
    this.inlinePhoto = layout.inlinePhoto;
    this.caption = layout.caption;
    this.paragraphsGiven = layout.paragraphsGiven;
    this.pairs = new CharacterPairs(lines);
    this.boundary = new ArticleBoundary(layout, model, pairs);
    this.decisions = decisions;
  }

  /**
   * The drafts of a page's lines, or ({@code markup} not null) of an HTML article's, whose paragraphs, subheads and
   * captions its markup shows.
   */
  static List<ArticleDraft> segment(List<PageLine> lines, @Nullable ArticleMarkup markup, BoundaryModel model,
      Consumer<BoundaryDecision> decisions) {
    PageSegmenter segmenter = new PageSegmenter(new PageLayout(lines, markup), model, decisions);
    segmenter.walk();
    return segmenter.drafts;
  }

  private void walk() {
    int i = 0;
    while (i < lines.size()) {
      PageLine line = lines.get(i);
      ArticleDraft endedAboveTip = endedAbovePendingTip;
      endedAbovePendingTip = null;
      if (caption[i]) {
        ArticleDraft draft = draft(line);
        draft.captions.add(line.text());
        draft.cover(line);
        i++;
        continue;
      }
      switch (roles[i]) {
        case HEADING -> {
          if (!line.text().startsWith("——")) {
            i = headingRun(i);
            continue;
          }
          body(i, line); // an attribution such as ——英国首相特雷莎·梅, not a headline
        }
        case BODY -> body(i, line);
        case STAFF -> staff(line);
        case CREDIT -> credit(i, line);
        case AUTHOR_NOTE -> {
          ArticleDraft draft = draft(line);
          draft.authorNotes.add(line.text());
          draft.ended = true;
          draft.cover(line);
        }
        case READING_TIP -> {
          // the line under the label is the box's text, even one as short as a headline (a box cut by a column break)
          if (i + 1 < lines.size() && (roles[i + 1] == LineRole.BODY || roles[i + 1] == LineRole.HEADING)) {
            i++;
            // a line rejoined across the box that begins above it (CutLines) shows where the box was printed: inside it
            boolean insideNext = i + 1 < lines.size() && lines.get(i + 1).start() < line.start();
            readingTip(lines.get(i), insideNext);
          }
        }
        case TOC -> toc(line);
      }
      if (endedAboveTip != null && pendingTip != null && current == endedAboveTip && endedAboveTip.end >= line.end()) {
        // the ended article took the line after the box (万 震摄 + box + （影像中国）): the box was printed inside it
        endedAboveTip.readingTip = ArticleDraft.withBox(endedAboveTip.readingTip, pendingTip);
        pendingTip = null;
      }
      i++;
    }
    finishPage();
  }

  /**
   * Closes the page's last draft. Headlines there with no text under them (the text is on another page,
   * or was never printed) have no next article to be carried to: they become an article of their own,
   * flagged and warned about, instead of being lost. A reading-tip box left for a next article that never came (printed
   * under the last article's closing credit) is the last article's.
   */
  private void finishPage() {
    ArticleDraft draft = current;
    if (draft != null && draft.parts.isEmpty() && !draft.toc && !draft.heads.isEmpty()) {
      draft.textElsewhere = true;
      draft.warnings.add("headline with no text on this page");
    }
    ArticleDraft last = draft != null ? draft : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    if (pendingTip != null && last != null) {
      last.readingTip = ArticleDraft.withBox(last.readingTip, pendingTip);
      pendingTip = null;
    }
    finish();
  }

  /** Reads a run of headline-like lines (and staff lines right after); returns the index after it. */
  private int headingRun(int from) {
    List<String> blocks = new ArrayList<>();
    int i = from;
    while (i < lines.size() && roles[i] == LineRole.HEADING) {
      PageLine line = lines.get(i);
      if (line.tight() && !blocks.isEmpty() && roles[i - 1] == LineRole.HEADING) {
        blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + line.text());
      } else if (!blocks.isEmpty() && !paragraphsGiven
          && ParagraphContinuation.cutsHeadlineLine(blocks.get(blocks.size() - 1), line.text())) {
        blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + line.text()); // 让未来生 + 长，让生活“燃”起来
      } else {
        blocks.add(line.text());
      }
      i++;
      if (line.text().startsWith("——") && i < lines.size() && roles[i] == LineRole.HEADING && !lines.get(i).tight()) {
        roles[i] = LineRole.BODY; // a subtitle opening with a dash is the last line of its group
        break;
      }
    }
    List<PageLine> staff = new ArrayList<>();
    while (i < lines.size() && roles[i] == LineRole.STAFF) {
      staff.add(lines.get(i));
      i++;
    }
    ArticleDraft draft = current;
    boolean section = false;
    boolean inTextAbove = false;
    if (draft == null || (!draft.hasBody() && !draft.ended && !draft.toc && draft.staffLines.isEmpty())) {
      ArticleDraft target = draft == null ? open(lines.get(from)) : draft;
      if (target.tipUnderHeadline() && target.parts.isEmpty()) {
        // under a headline and its reading-tip box, headline-like lines are the text's first subheads, but for the rest
        // of a first paragraph the box cut after its first line, which the headline had taken
        List<String> subheads = blocks;
        if (!paragraphsGiven && ParagraphContinuation.continuesLastHead(target, blocks.get(0))
            && !Punctuation.endsWithDash(target.heads.get(target.heads.size() - 2))) {
          String cut = target.heads.remove(target.heads.size() - 1);
          target.headsAboveTip--;
          target.parts.add(new ArticleDraft.Part(cut + blocks.get(0), false));
          subheads = blocks.subList(1, blocks.size());
        }
        subheads.forEach(block -> target.parts.add(new ArticleDraft.Part(block, true)));
      } else if (!target.parts.isEmpty()) {
        addSubheads(target, blocks); // more lines under subheads that open the text (a document's contents)
      } else {
        addHeads(target, blocks);
      }
      decisions.accept(BoundaryDecision.byRule(lines.get(from), BoundaryDecision.Rule.NO_BODY_ABOVE, draft == null));
    } else {
      BoundaryDecision decision = boundary.decide(draft, blocks, from, i, staff);
      decisions.accept(decision);
      inTextAbove = !decision.startsArticle();
      if (decision.startsArticle()) {
        finish();
        addHeads(open(lines.get(from)), blocks);
      } else if (draft.cutLineOpen()) {
        // a subhead cut by a column break with a box between its halves (守 + box + 护东北虎豹…): one subhead again,
        // and any headline-like lines after its second half are subheads of their own
        String cut = draft.parts.remove(draft.parts.size() - 1).text();
        draft.parts.add(new ArticleDraft.Part(cut + blocks.get(0), true));
        blocks.subList(1, blocks.size()).forEach(block -> draft.parts.add(new ArticleDraft.Part(block, true)));
      } else {
        draft.ended = false; // read as a subhead, the run goes on with the article even after its credits
        if (decision.rule() == BoundaryDecision.Rule.SECOND_SECTION) {
          draft.compileSections(blocks.size());
        }
        draft.keepNotesInText();
        addSubheads(draft, blocks);
        section = SIGNED_WITHIN.contains(decision.rule());
        draft.compilation |= section;
      }
    }
    ArticleDraft target = current;
    target.photo |= layout.photoHeadAmong(from, i);
    for (int k = from; k < i; k++) {
      target.cover(lines.get(k));
    }
    for (PageLine line : staff) {
      if (section) {
        target.sectionStaffLines.add(line.text());
        target.parts.add(ArticleDraft.Part.wholeLine(line.text()));
      } else if (inTextAbove && BylineParser.isLabelledCredit(line.text())) {
        staff(line); // page furniture (制图：汪哲平) signs no section: under lines read as the text's, it closes the article
      } else {
        target.staffLines.add(line.text());
      }
    }
    return i;
  }

  /**
   * A headline run's lines as the article's headline, up to a bare section number ({@code 信任的力量} + {@code 一}) or to
   * the dated note under a law's or speech's title ({@code 中华人民共和国密码法} + {@code （2019年10月26日…通过）}): that
   * number and what follows it, and what follows the note, are the text's first subheads ({@code 中华人民共和国主席令}).
   * No headline line of the rmrb articles is a bare numeral; 55 of their paragraphs are. A dated note is the last line
   * of its headline: all 73 such notes there are subtitles.
   */
  private static void addHeads(ArticleDraft draft, List<String> blocks) {
    int heads = 0;
    while (heads < blocks.size() && !ArticleBoundary.SECTION_NUMBER.matcher(blocks.get(heads)).matches()
        && (heads == 0 || !PageLayout.isDatedNote(blocks.get(heads - 1)))) {
      heads++;
    }
    draft.heads.addAll(blocks.subList(0, heads));
    blocks.subList(heads, blocks.size()).forEach(block -> draft.parts.add(new ArticleDraft.Part(block, true)));
  }

  /**
   * A run of subheads, a line each, but a line that completes the one above joined to it: a subhead cut in two, or the
   * end of the text above it ({@code …推动构建网络空间命运共} + box + {@code 同体}).
   */
  private void addSubheads(ArticleDraft draft, List<String> blocks) {
    ArticleDraft.Part last = draft.parts.isEmpty() ? null : draft.parts.get(draft.parts.size() - 1);
    if (paragraphsGiven || last != null && !last.unfinished()) {
      last = null;
    }
    for (String block : blocks) {
      if (last != null && ParagraphContinuation.continuesCutLine(last.text(), block, pairs)) {
        last.join(block);
      } else {
        last = new ArticleDraft.Part(block, true);
        draft.parts.add(last);
      }
    }
  }

  private void body(int i, PageLine line) {
    ArticleDraft draft = current;
    if (draft != null && draft.ended && !draft.toc && keptByEndedArticle(draft, line)) {
      draft.cover(line);
      return;
    }
    if (inlinePhoto[i] && draft != null && !draft.ended) {
      draft.captions.add(line.text());
      draft.cover(line);
      return;
    }
    if (draft != null && draft.ended && draft.creditLines.isEmpty() && draft.authorNotes.isEmpty() && !draft.toc
        && !draft.endStaffLines.isEmpty()) {
      reopenAfterStaffLine(draft, line);
    }
    if (photoStart[i] || draft == null || draft.ended) {
      finish();
      draft = open(line);
      draft.photo = photoStart[i];
      if (!draft.photo && !drafts.isEmpty()) {
        draft.warnings.add("text without a headline after the end of the previous article");
      }
    }
    draft = reopenArticleAbove(draft, line);
    draft.cover(line);
    if (LineClassifier.isPromotion(line.text())) {
      draft.parts.add(ArticleDraft.Part.wholeLine(line.text()));
      draft.ended = true; // the paper's promotion closes the article, whatever its last paragraph: 看人民映像　　品百味人生
      return;
    }
    if (paragraphsGiven) {
      draft.parts.add(ArticleDraft.Part.wholeLine(line.text()));
      return;
    }
    if (draft.repeatsTipBox(line.text())) {
      // printed again under its box: a whole line, so that no text is joined to it before the repeat is removed
      draft.parts.add(ArticleDraft.Part.wholeLine(line.text()));
      return;
    }
    String openBox = draft.toc ? null : draft.openTipBox();
    if (openBox != null && ParagraphContinuation.continuesBox(openBox, line.text(), pairs)) {
      draft.continueTipBox(line.text());
      return;
    }
    ArticleDraft.Part last = draft.parts.isEmpty() ? null : draft.parts.get(draft.parts.size() - 1);
    if (last != null && !last.subhead && ParagraphContinuation.closesParagraphAbove(line.text())) {
      last.join(line.text()); // …推上新的台阶。 + a box + ”
      return;
    }
    // a dateline (本报杭州3月2日电) opens its paragraph: nothing above continues into it
    boolean continuable = !draft.toc && !BylineParser.opensWithDateline(line.text());
    ArticleDraft.Part open = continuable ? draft.openPart() : null;
    if (open != null && (open != draft.parts.get(draft.parts.size() - 1)
        && !ParagraphContinuation.continuesAcrossSubheads(draft, open, line.text(), pairs)
        || LineClassifier.isNoticeLine(open.text()) && !continuesNotice(open.text(), line.text())
        || ParagraphContinuation.standsApart(open.text())
            && !ParagraphContinuation.continuesApartLine(open.text(), line.text(), pairs))) {
      // not past subheads without evidence; 书名：装台  作者：陈彦 ends without a full stop and is whole, and so is a lead-in
      // ending on a colon or a speaker's name under a quotation unless the text under it shows a cut
      open = null;
    }
    if (open == null && continuable && ParagraphContinuation.continuesLastHead(draft, line.text())) {
      open = new ArticleDraft.Part(draft.heads.remove(draft.heads.size() - 1), false);
      draft.parts.add(open);
    } else if (continuable && (open == null ? ParagraphContinuation.continuesCutSubhead(draft, line.text(), pairs)
        : ParagraphContinuation.cutsLastSubhead(draft, line.text(), pairs))) {
      ArticleDraft.Part cut = draft.parts.remove(draft.parts.size() - 1);
      open = new ArticleDraft.Part(cut.text(), false);
      draft.parts.add(open);
    }
    if (open != null && open.text.length() == line.text().length() && open.text().equals(line.text())) {
      open = null; // the same text again is a repeat, not a continuation
    } else if (open != null && repeatsEndOf(open.text, line.text())) {
      // the last line joined to the paragraph again: a whole line nothing is joined to, so that the repeat can be removed
      draft.parts.add(ArticleDraft.Part.wholeLine(line.text()));
      return;
    }
    if (open != null) {
      open.join(line.text());
      return;
    }
    if (!draft.parts.isEmpty() && !draft.toc && ParagraphContinuation.startsMidSentence(line.text())) {
      draft.warnings.add("paragraph starts mid-sentence, its beginning is missing: " + ArticleDraft.preview(line.text()));
    }
    // a signing date (2019年10月26日), a box's label (内容提要) or a line leading into what follows with a dash (…的序幕——)
    // is a paragraph of its own
    draft.parts.add(LineClassifier.isSigningDate(line.text()) || PageLayout.isBoxLabel(line.text())
        || line.text().length() > 2 && line.text().endsWith("——") ? ArticleDraft.Part.wholeLine(line.text())
        : new ArticleDraft.Part(line.text(), false));
  }

  /**
   * A line of notice ends without a full stop; the next line, unless another notice, goes on with it only when the junction
   * shows a cut: mid-sentence or mid-word ({@code 地点：浙江绍兴经信} + {@code 局仓库}).
   */
  private boolean continuesNotice(String notice, String text) {
    return !LineClassifier.isNoticeLine(text)
        && (ParagraphContinuation.startsMidSentence(text) || ParagraphContinuation.splitsAWordOfThePage(notice, text, pairs));
  }

  /** True when {@code text}, long enough not to be there by chance, ends {@code paragraph}. */
  private static boolean repeatsEndOf(StringBuilder paragraph, String text) {
    int from = paragraph.length() - text.length();
    return from > 0 && text.length() >= RepeatRemover.MIN_REPEAT_CHARS && paragraph.substring(from).equals(text);
  }

  /**
   * Gives a lone headline line back to the article above when the text under it shows it was the first half of that
   * article's next paragraph, cut by a column break ({@code 塞西表} + {@code 示，埃方愿同中方…}): the article above is
   * current again, with the line as a paragraph the text goes on in. Otherwise {@code draft} stays current.
   */
  private ArticleDraft reopenArticleAbove(ArticleDraft draft, PageLine line) {
    if (paragraphsGiven || !draft.parts.isEmpty() || draft.heads.size() != 1 || draft.toc || draft.photo
        || draft.readingTip != null || !draft.staffLines.isEmpty() || drafts.isEmpty()) {
      return draft;
    }
    ArticleDraft above = drafts.get(drafts.size() - 1);
    if (above.ended || above.toc || above.photo || !ParagraphContinuation.continuesLoneHead(draft.heads.get(0), line.text())) {
      return draft;
    }
    drafts.remove(drafts.size() - 1);
    above.parts.add(new ArticleDraft.Part(draft.heads.get(0), false));
    above.cover(draft);
    current = above;
    return above;
  }

  /**
   * Keeps a line that follows an article's closing lines in that article when it cannot start another: a closing note
   * in brackets ({@code （本报记者…采访整理）} after {@code （作者为…）}), a line of notice ({@code 下期话题：…}) or the paper's
   * promotion ({@code 看人民映像　　品百味人生} under {@code 本版制图：…}), after them as printed, and the numbered list
   * under a bare label of notice ({@code 推荐读物：} + {@code 1.《…》}); a caption that says so
   * ({@code 图为…}, {@code 图①：…}) after its credits, another of its photos; the label over its numbered captions
   * ({@code 图片说明：}) after its last lines, and the captions under it.
   */
  private static boolean keptByEndedArticle(ArticleDraft draft, PageLine line) {
    String text = line.text();
    boolean closingLine = LineClassifier.isNoticeLine(text) || LineClassifier.isPromotion(text);
    if (Punctuation.isBracketedNote(text) || closingLine && draft.hasBody()
        || NUMBERED_ITEM.matcher(text).find() && introducesItems(lastClosingLine(draft))) {
      if (draft.authorNotes.isEmpty()) {
        draft.parts.add(ArticleDraft.Part.wholeLine(text));
      } else {
        draft.authorNotes.add(text);
      }
      return true;
    }
    boolean captionsFollow = !draft.creditLines.isEmpty() || LineClassifier.isCaptionsLabel(text)
        || draft.captions.stream().anyMatch(LineClassifier::isCaptionsLabel);
    if (!captionsFollow || !LineClassifier.isCaptionLead(text)) {
      return false;
    }
    if (draft.photo) {
      draft.parts.add(ArticleDraft.Part.wholeLine(text)); // a photo item's parts are its captions, in page order
    } else {
      draft.captions.add(text);
    }
    return true;
  }

  /** The last line kept after an article's end: its last note, else its last paragraph. */
  private static @Nullable String lastClosingLine(ArticleDraft draft) {
    if (!draft.authorNotes.isEmpty()) {
      return draft.authorNotes.get(draft.authorNotes.size() - 1);
    }
    return draft.parts.isEmpty() ? null : draft.parts.get(draft.parts.size() - 1).text();
  }

  /**
   * A label of notice with nothing after its colon ({@code 推荐读物：}), or an item of the numbered list under one: the
   * numbered lines that follow belong to the notice.
   */
  private static boolean introducesItems(@Nullable String line) {
    return line != null && (LineClassifier.isNoticeLine(line) && Punctuation.endsWithColon(line)
        || NUMBERED_ITEM.matcher(line).find());
  }

  /**
   * Reopens an article that a staff line closed when the line after it shows the staff line was not the end: a byline
   * printed inside an article ({@code 本报记者 …}) and a paragraph going on; or no byline at all, but the first half of a
   * paragraph cut by a column break that only looked like a name ({@code 田北村} + {@code 的一个支点…}, {@code 范仲} + box +
   * {@code 淹自身…}), which the line completes. A box printed between such halves goes with them.
   */
  private void reopenAfterStaffLine(ArticleDraft draft, PageLine line) {
    String staffLine = draft.endStaffLines.get(draft.endStaffLines.size() - 1);
    boolean creditWord = PageLayout.hasCreditWord(staffLine);
    boolean midSentence = ParagraphContinuation.startsMidSentence(line.text());
    boolean cut = !paragraphsGiven && !creditWord
        && (midSentence || ParagraphContinuation.splitsAWordOfThePage(staffLine, line.text(), pairs));
    if (!cut && !(creditWord && !midSentence)) {
      return;
    }
    draft.ended = false;
    String reopened = draft.endStaffLines.remove(draft.endStaffLines.size() - 1);
    // a byline inside the article is a line of its own; the first half of a cut paragraph is continued by the line
    draft.parts.add(cut ? new ArticleDraft.Part(reopened, false) : ArticleDraft.Part.wholeLine(reopened));
    if (cut && pendingTip != null) {
      draft.readingTip = ArticleDraft.withBox(draft.readingTip, pendingTip);
      pendingTip = null;
    }
  }

  private void staff(PageLine line) {
    ArticleDraft draft = current;
    boolean closedByCredits = draft != null && draft.ended && !draft.creditLines.isEmpty();
    if (closedByCredits && BylineParser.isLabelledCredit(line.text())) {
      // the page furniture under a photo's credit (本版制图：张丹峰) closes that item, not an article that never comes
      draft.creditLines.add(line.text());
      draft.cover(line);
      return;
    }
    if (draft == null || closedByCredits) {
      finish();
      draft = open(line);
    }
    if (draft.endsWithSectionStaff()) {
      draft.sectionStaffLines.add(line.text()); // 本报记者 常钦 + a reading-tip box + 郁静娴: one section's staff
      draft.parts.add(ArticleDraft.Part.wholeLine(line.text()));
    } else if (draft.hasBody()) {
      draft.endStaffLines.add(line.text());
      draft.ended = true;
    } else {
      draft.staffLines.add(line.text());
    }
    draft.cover(line);
  }

  private void credit(int i, PageLine line) {
    ArticleDraft draft = draft(line);
    if (i > 0 && line.tight() && roles[i - 1] == LineRole.STAFF && !draft.endStaffLines.isEmpty()) {
      draft.creditLines.add(draft.endStaffLines.remove(draft.endStaffLines.size() - 1));
    }
    draft.creditLines.add(line.text());
    draft.ended = !inlinePhoto[i];
    draft.cover(line);
  }

  private void readingTip(PageLine line, boolean insideNext) {
    ArticleDraft draft = current;
    // a box printed inside a line the article has (a photo credit cut by a column break, rejoined) is the article's even
    // when that line ended it; so is a box inside the closing note that comes next, under an article ended by a note
    if (draft != null && !draft.heads.isEmpty() && (!draft.ended || line.start() < draft.end || insideNext)) {
      if (!paragraphsGiven) {
        draft.reopenLineAboveBox();
      }
      if (draft.parts.isEmpty() && draft.headsAboveTip < 0) {
        draft.headsAboveTip = draft.heads.size();
      }
      draft.readingTip = ArticleDraft.withBox(draft.readingTip, line.text());
      draft.cover(line);
    } else {
      pendingTip = ArticleDraft.withBox(pendingTip, line.text());
      endedAbovePendingTip = draft != null && draft.ended ? draft : null;
    }
  }

  private void toc(PageLine line) {
    ArticleDraft draft = current;
    if (draft == null || !draft.toc) {
      finish();
      draft = open(line);
      draft.toc = true;
      draft.heads.add(line.text());
    } else {
      draft.parts.add(new ArticleDraft.Part(line.text(), false));
    }
    draft.cover(line);
  }

  private ArticleDraft draft(PageLine line) {
    ArticleDraft draft = current;
    return draft != null ? draft : open(line);
  }

  private ArticleDraft open(PageLine line) {
    ArticleDraft draft = new ArticleDraft(line.start(), line.end());
    draft.heads.addAll(carriedHeads);
    carriedHeads.clear();
    draft.creditLines.addAll(carriedCredits);
    carriedCredits.clear();
    if (pendingTip != null) {
      draft.readingTip = pendingTip;
      pendingTip = null;
    }
    current = draft;
    return draft;
  }

  /** Closes the current draft; headlines that got no body are carried to the next article, with their credits. */
  private void finish() {
    ArticleDraft draft = current;
    current = null;
    if (draft == null) {
      return;
    }
    if (draft.linesOnly()) {
      drafts.add(draft); // lines with no headline and no text: not lost, see ArticleSplitter
      return;
    }
    if (draft.parts.isEmpty() && !draft.toc && !draft.textElsewhere && !draft.creditedHeadline()) {
      carriedHeads.addAll(draft.heads);
      carriedCredits.addAll(draft.creditLines);
      return;
    }
    if (draft.heads.isEmpty() && !draft.toc && !draft.photo) {
      headlineFromLeadingSubheads(draft);
    }
    drafts.add(draft);
  }

  /**
   * An article without a headline whose text opens with subheads has them as its headline: a title read as a subhead
   * of the photo item above it, whose credits then closed the item ({@code 制图：王 婷} + {@code 南苏丹人道主义形势严峻} +
   * text), rather than a title made from its first sentence.
   */
  private static void headlineFromLeadingSubheads(ArticleDraft draft) {
    int leading = 0;
    while (leading < draft.parts.size() && leading < MAX_HEADLINE_LINES && draft.parts.get(leading).subhead) {
      leading++;
    }
    if (leading == draft.parts.size()) {
      return;
    }
    for (int k = 0; k < leading; k++) {
      draft.heads.add(draft.parts.remove(0).text());
    }
  }
}
