package gongbao.ingest.article;

import gongbao.ingest.article.BoundaryDecision.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a run of headline-like lines inside an article opens a new article or is a subhead.
 * Firm rules come first, the way union papers mark articles: sections of a compilation (signed under an
 * unsigned introduction, or parallel to the signed section above under a headline of its own) are
 * subheads; a staff line naming reporters under the run, a 本报讯/本刊讯 lead below it, or a short subtitle opening
 * with a dash in it ({@code ——国庆70周年阅兵纪实}) opens a new article;
 * numbering, a paragraph left open, or an article above signed the way union papers sign news mean a subhead.
 * Every other run is weighed by the {@link BoundaryModel}, with the first of the other marks that matched among
 * its evidence: the article above closed (credits, a photo item or contents box), another dateline below, a
 * dashed kicker or bracketed column, a closing note above, nothing below. Each of these usually means a new
 * article, but on People's Daily pages each also occurs between sections of one article. The model also weighs
 * the run's shape, how the article above ended and what its subheads look like, what follows, topic continuity
 * and the shape of the page.
 */
final class ArticleBoundary {

  /** A section's number on a line of its own: {@code 一}, {@code 十二}. */
  private static final String SECTION_NUMBER_REGEX = "[一二三四五六七八九十]{1,3}";
  static final Pattern SECTION_NUMBER = Pattern.compile(SECTION_NUMBER_REGEX);
  static final Pattern SUBHEAD_NUMBERING = Pattern.compile(
      "^(?:[●▲◆★☆○◇]|[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、]"
          + "|第[一二三四五六七八九十\\d]{1,3}[章节部分条]|" + SECTION_NUMBER_REGEX + "$)");
  private static final int CONTEXT_CHARS = 1500;
  /** A dashed line shorter than this ({@code 舆论——}) may label a section inside an article. */
  private static final int MIN_STRONG_KICKER_CHARS = 10;
  private static final int LOOKAHEAD_CHARS = 300;
  /** An unsigned text above a compilation's first signed section introduces it; longer ones are articles of their own. */
  private static final int MAX_INTRODUCTION_CHARS = 800;
  /** Column names, in brackets, of a sidebar printed inside its article. */
  private static final List<String> SIDEBAR_NAMES = List.of("（记者手记）", "(记者手记)", "（延伸阅读）", "(延伸阅读)", "（编后）", "(编后)");
  /** Section titles of a compilation without dashed kickers are short: {@code 石榴熟了 生活甜了}. */
  private static final int MAX_SECTION_TITLE_CHARS = 12;
  /** Section titles of two phrases may be longer: {@code 天津：集中隔离 阻断传播链}. */
  private static final int MAX_TWO_PHRASE_SECTION_TITLE_CHARS = 16;
  /** A page's layout credit, which closes the feature above it: {@code 版式设计：张丹峰}. */
  private static final Pattern LAYOUT_CREDIT = Pattern.compile("^(?:本版)?(?:版式设计|版面设计)[：:\\s]");
  /** Dash subtitles of reports ({@code ——国庆70周年阅兵纪实}) are short; a long dashed line under a subhead sums up its section. */
  private static final int MAX_DASH_SUBTITLE_CHARS = 30;
  /**
   * A dash subtitle that names the kind of report it heads ({@code ——…春节菜市探访}, {@code ——…主题教育工作综述}): 123 rmrb
   * subtitles end so, one paragraph inside an article ({@code ——重庆丰都人冯小波的回家见闻}) and three subheads of one
   * compilation ({@code ——内容分论坛侧记}); or the speech it answers ({@code ——…重要讲话在党政干部中引起热烈反响},
   * {@code ——论学习贯彻…重要讲话}, {@code ——…负责人…答记者问}): 107 rmrb subtitles of up to 60 characters end so, no paragraph.
   */
  private static final Pattern REPORT_KIND = Pattern.compile(
      "(?:纪实|侧记|综述|述评|探访|纪行|见闻|巡礼|述要|摘编|答记者问|反响|讲话|讲话精神)(?:之[一二三四五六七八九十]+)?$");
  private static final int MAX_REPORT_SUBTITLE_CHARS = 60;
  /** The title of a page's photo report, perhaps with its column ({@code 图片报道（一线抗疫群英谱）}). */
  private static final String PHOTO_REPORT = "图片报道";

  private final PageLayout layout;
  private final BoundaryModel model;
  private final CharacterPairs pairs;

  /** The share of the page's lines that read as headings. */
  private final double headingShare;
  private final boolean staffOnPage;
  /** For each line, the headline runs that start at it or below it. */
  private final int[] runsFrom;

  ArticleBoundary(PageLayout layout, BoundaryModel model, CharacterPairs pairs) {
    this.layout = layout;
    this.model = model;
    this.pairs = pairs;
    int headings = 0;
    boolean staff = false;
    runsFrom = new int[layout.size() + 1];
    for (int i = layout.size() - 1; i >= 0; i--) {
      boolean runStart = layout.role(i) == LineRole.HEADING && (i == 0 || layout.role(i - 1) != LineRole.HEADING);
      runsFrom[i] = runsFrom[i + 1] + (runStart ? 1 : 0);
      headings += layout.role(i) == LineRole.HEADING ? 1 : 0;
      staff |= layout.role(i) == LineRole.STAFF;
    }
    headingShare = layout.size() == 0 ? 0 : headings / (double) layout.size();
    staffOnPage = staff;
  }

  /**
   * True when the run is the next voice of a compilation of voices under one headline: signed with a name and the
   * writer's country or role in brackets ({@code （法国）让—弗朗索瓦·唐泽尔}) like a section above it, or signed with a bare
   * name ({@code 储朝晖}) like a section above it that a note closed ({@code （作者为…）}). The first voice must stand under a
   * headline of its own, so that two signed commentaries in a row stay two articles.
   */
  private static boolean isVoiceSection(ArticleDraft draft, List<String> blocks, List<PageLine> staff) {
    Predicate<String> signed;
    if (staff.stream().allMatch(staffLine -> isBracketSigned(staffLine.text()))) {
      signed = ArticleBoundary::isBracketSigned;
    } else if (!draft.authorNotes.isEmpty() && staff.stream().allMatch(staffLine -> isBareName(staffLine.text()))) {
      signed = ArticleBoundary::isBareName;
    } else {
      return false;
    }
    return draft.compilation
        ? draft.sectionStaffLines.stream().anyMatch(signed)
        : draft.heads.size() > blocks.size() && draft.staffLines.stream().anyMatch(signed);
  }

  private static boolean isBracketSigned(String staffLine) {
    return BylineParser.bracketSignature(staffLine) != null;
  }

  /** A staff line that is only a name ({@code 储朝晖}), as the voices of a compilation closed by notes are signed. */
  private static boolean isBareName(String staffLine) {
    return BylineParser.staffLine(staffLine, StaffRole.AUTHOR).authors().size() == 1 && !staffLine.contains("记者");
  }

  /**
   * How to read the headline-like blocks read from line {@code from}, with the staff lines right under them (the body
   * resumes at line {@code next}), after {@code draft}: as a new article or as subheads in it.
   */
  BoundaryDecision decide(ArticleDraft draft, List<String> blocks, int from, int next, List<PageLine> staff) {
    PageLine line = layout.line(from);
    boolean photoOrToc = draft.toc || draft.photo || layout.photoHeadAmong(from, next);
    boolean closed = draft.ended || photoOrToc;
    boolean staffFollows = !staff.isEmpty();
    boolean signedBelow = staff.stream().anyMatch(staffLine -> !BylineParser.isLabelledCredit(staffLine.text()));
    if (draft.creditedHeadline() && draft.staffLines.stream().allMatch(BylineParser::isLabelledCredit)) {
      return BoundaryDecision.byRule(line, Rule.BANNER_ABOVE, true);
    }
    if (blocks.get(0).startsWith(PHOTO_REPORT)) {
      return BoundaryDecision.byRule(line, Rule.PHOTO_REPORT, true);
    }
    if (blocks.size() == 1 && PageLayout.isMarkedBoxLabel(blocks.get(0))) {
      return BoundaryDecision.byRule(line, Rule.BOX_LABEL, false);
    }
    if (signedBelow && blocks.size() == 1 && LineClassifier.isToldBy(blocks.get(0))) {
      return BoundaryDecision.byRule(line, Rule.TOLD_BY, false);
    }
    if (signedBelow && blocks.size() == 1 && next < layout.size() && layout.role(next) == LineRole.AUTHOR_NOTE) {
      return BoundaryDecision.byRule(line, Rule.SIGNED_CLOSING, false);
    }
    if (!closed && signedBelow
        && (draft.compilation || !hasSignature(draft) && draft.bodyChars(MAX_INTRODUCTION_CHARS) < MAX_INTRODUCTION_CHARS)) {
      return BoundaryDecision.byRule(line, Rule.SECTION, false);
    }
    if (!closed && signedBelow && isSecondSection(draft, blocks, true)) {
      return BoundaryDecision.byRule(line, Rule.SECOND_SECTION, false);
    }
    if (signedBelow && isVoiceSection(draft, blocks, staff)) {
      return BoundaryDecision.byRule(line, draft.compilation ? Rule.SECTION : Rule.SECOND_SECTION, false);
    }
    if (signedBelow) {
      return BoundaryDecision.byRule(line, Rule.SIGNED_BELOW, true);
    }
    List<String> belowLines = followingLines(next);
    if (!belowLines.isEmpty() && isUnionNewsLead(BylineParser.lead(belowLines.get(0)))) {
      return BoundaryDecision.byRule(line, Rule.NEWS_LEAD_BELOW, true);
    }
    if (!belowLines.isEmpty() && PageLayout.opensArticleText(belowLines.get(0))) {
      return BoundaryDecision.byRule(line, Rule.TEXT_OPENER_BELOW, true);
    }
    boolean dashedRun = blocks.size() > 1 && Punctuation.endsWithDash(blocks.get(0));
    ArticleDraft.Part lastBody = draft.lastBody();
    BoundaryFeatures.Evidence evidence = new BoundaryFeatures.Evidence(draft.ended, photoOrToc, staffFollows,
        !belowLines.isEmpty() && BylineParser.hasLead(belowLines.get(0)),
        dashedRun && blocks.get(0).length() >= MIN_STRONG_KICKER_CHARS,
        Punctuation.endsWithBracketedNote(blocks.get(blocks.size() - 1)),
        lastBody != null && Punctuation.endsWithBracketedNote(lastBody.text()), isSigned(draft), hasSignature(draft));
    Function<Rule, BoundaryDecision> weighing = rule -> byModel(rule, evidence, draft, blocks, line, next, belowLines);
    if (draft.ended && !draft.creditLines.isEmpty()
        && BylineParser.isPictureTextCredit(draft.creditLines.get(draft.creditLines.size() - 1))) {
      return BoundaryDecision.byRule(line, Rule.DRAWING_CREDITED, true);
    }
    if (isTitleOverDashSubtitle(blocks)) {
      return BoundaryDecision.byRule(line, Rule.DASH_SUBTITLE, true);
    }
    int adoption = adoptionNoteIn(blocks);
    if (adoption > 0) {
      return BoundaryDecision.byRule(line, Rule.ADOPTED_DOCUMENT, !namesDocument(draft, blocks.get(adoption - 1)));
    }
    if (from > 0 && LAYOUT_CREDIT.matcher(layout.line(from - 1).text()).find()) {
      return BoundaryDecision.byRule(line, Rule.LAYOUT_CREDIT_ABOVE, true);
    }
    if (blocks.size() > 1 && ParagraphContinuation.isCutDateline(blocks.get(blocks.size() - 1))) {
      return BoundaryDecision.byRule(line, Rule.CUT_DATELINE, true);
    }
    if (closed || staffFollows) {
      return weighing.apply(Rule.ARTICLE_CLOSED);
    }
    if (evidence.datelineBelow()) {
      return weighing.apply(Rule.DATELINE_BELOW);
    }
    if (dashedRun && draft.compilation && draft.sectionStaffLines.isEmpty()) {
      return BoundaryDecision.byRule(line, Rule.SECTION, false);
    }
    if (dashedRun && isSecondSection(draft, blocks, false)) {
      return BoundaryDecision.byRule(line, Rule.SECOND_SECTION, false);
    }
    if (!evidence.noteAbove() && isSidebar(blocks.get(blocks.size() - 1))) {
      return BoundaryDecision.byRule(line, Rule.SIDEBAR, false);
    }
    if (evidence.dashedKicker() || evidence.bracketedColumn()) {
      return weighing.apply(Rule.KICKER_OR_COLUMN); // 技术迭代打开无限想象力（人民观点）
    }
    if (SUBHEAD_NUMBERING.matcher(blocks.get(0)).find() || blocks.size() == 1 && PageLayout.isBracketLabel(blocks.get(0))) {
      return BoundaryDecision.byRule(line, Rule.NUMBERED, false);
    }
    if (draft.lastBodyOpen()) {
      return BoundaryDecision.byRule(line, Rule.PARAGRAPH_OPEN, false);
    }
    if (ParagraphContinuation.cutsLastSubhead(draft, blocks.get(0), pairs)) {
      return BoundaryDecision.byRule(line, Rule.SUBHEAD_OPEN, false);
    }
    if (evidence.noteAbove()) {
      return weighing.apply(Rule.NOTE_ABOVE); // （本报约翰内斯堡电）
    }
    if (belowLines.isEmpty()) {
      return weighing.apply(Rule.NOTHING_BELOW);
    }
    if (evidence.signedAbove()) {
      return BoundaryDecision.byRule(line, Rule.SIGNED_ABOVE, false);
    }
    return weighing.apply(Rule.MODEL);
  }

  /** The model's reading of a run, {@code rule} the first rule that matched it ({@link Rule#MODEL} when none did). */
  private BoundaryDecision byModel(Rule rule, BoundaryFeatures.Evidence evidence, ArticleDraft draft,
      List<String> blocks, PageLine line, int next, List<String> belowLines) {
    int after = next + belowLines.size();
    boolean headingSoonBelow = after < layout.size() && layout.role(after) == LineRole.HEADING && belowLines.size() <= 2;
    int sectionLines = 0;
    int sectionChars = 0;
    for (int i = next; i < layout.size() && layout.role(i) == LineRole.BODY
        && sectionLines < BoundaryFeatures.MAX_SECTION_LINES; i++) {
      sectionLines++;
      sectionChars += layout.line(i).text().length();
    }
    double[] features = BoundaryFeatures.of(new BoundaryFeatures.Context(rule, evidence, draft,
        draft.recentText(CONTEXT_CHARS), blocks, belowLines, headingSoonBelow, sectionLines, sectionChars,
        headingShare, staffOnPage, runsFrom[Math.min(next, layout.size())]));
    return new BoundaryDecision(line.start(), line.text(), rule, features, model.startsArticle(line.start(), features));
  }

  /**
   * A title, perhaps under a kicker, over a subtitle opening with a dash: short and of one clause, or naming the report's
   * kind ({@code ——北京、杭州、成都、兰州、乌鲁木齐春节菜市探访}): the headline of a report or commentary.
   */
  private static boolean isTitleOverDashSubtitle(List<String> blocks) {
    String last = blocks.get(blocks.size() - 1);
    return blocks.size() > 1 && last.startsWith("——") && !blocks.get(0).startsWith("——") && !Punctuation.isDashNameSignature(last)
        && (last.length() <= MAX_DASH_SUBTITLE_CHARS && LineClassifier.pauses(last) == 0
            || last.length() <= MAX_REPORT_SUBTITLE_CHARS && REPORT_KIND.matcher(last).find());
  }

  /** The index of the first block after the run's first that is a document's adoption note, or −1. */
  private static int adoptionNoteIn(List<String> blocks) {
    for (int i = 1; i < blocks.size(); i++) {
      if (PageLayout.isAdoptionNote(blocks.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The headline of the article above names the document {@code title} ({@code 中共中央印发《…条例》}, or the document's
   * name alone over its text, a title line of the document itself perhaps cut in two): the document is its text.
   */
  private static boolean namesDocument(ArticleDraft draft, String title) {
    return draft.heads.stream().anyMatch(head -> head.contains(title));
  }

  /**
   * A headline whose column in brackets names a sidebar ({@code （记者手记）}, {@code （延伸阅读）}), or the editor's word on the
   * article above ({@code （编后）}): in the rmrb articles, 28 such lines are subheads inside an article and 11 head one of
   * their own (all of them 记者手记 or 延伸阅读).
   */
  private static boolean isSidebar(String block) {
    return SIDEBAR_NAMES.stream().anyMatch(block::endsWith);
  }

  /** Signed the way union papers sign news: a staff line under the headline, or 本报讯/本刊讯. */
  private static boolean isSigned(ArticleDraft draft) {
    if (!draft.staffLines.isEmpty()) {
      return true;
    }
    BylineParser.Lead lead = firstLead(draft);
    return lead != null && isUnionNewsLead(lead);
  }

  /** The lead that opens every news item of a union paper: 本报讯, 本刊讯 (not People's Daily's 本报电 briefs). */
  private static boolean isUnionNewsLead(BylineParser.Lead lead) {
    return "本报讯".equals(lead.dateline()) || "本刊讯".equals(lead.dateline());
  }

  /**
   * True when the run {@code blocks} is a second section after the article {@code draft}, its first: the draft is
   * signed like the run (only by staff lines under its headline when one follows the run, else not at all, and then
   * both open with dashed kickers), and its last headline blocks have the run's shape (as many, dashed kickers where
   * the run has them) under at least one more block, not a kicker, that heads the compilation ({@code 礼赞新中国} above
   * {@code 上海中共一大会址——} + {@code 重温入党誓词…}).
   */
  private static boolean isSecondSection(ArticleDraft draft, List<String> blocks, boolean staffFollows) {
    int umbrella = draft.heads.size() - blocks.size();
    boolean signedAlike = staffFollows ? !draft.staffLines.isEmpty() && draft.endStaffLines.isEmpty()
        && draft.authorNotes.isEmpty() && firstLead(draft) == null : !hasSignature(draft);
    if (umbrella <= 0 || !signedAlike || Punctuation.endsWithDash(draft.heads.get(umbrella - 1))
        || Punctuation.endsWithColumnInBrackets(blocks.get(blocks.size() - 1))) {
      return false;
    }
    boolean dashed = false;
    for (int i = 0; i < blocks.size(); i++) {
      String head = draft.heads.get(umbrella + i);
      if (Punctuation.endsWithDash(head) != Punctuation.endsWithDash(blocks.get(i)) || head.startsWith("—")
          || blocks.get(i).startsWith("—")) {
        return false;
      }
      dashed |= Punctuation.endsWithDash(head);
    }
    // without a dashed kicker, a short parallel title: a title and its subtitle above a signed article are not sections
    String head = draft.heads.get(draft.heads.size() - 1);
    String run = blocks.get(blocks.size() - 1);
    boolean shortTitles = head.length() <= MAX_SECTION_TITLE_CHARS && run.length() <= MAX_SECTION_TITLE_CHARS
        || isTwoPhraseTitle(head) && isTwoPhraseTitle(run);
    return dashed || shortTitles && staffFollows;
  }

  /**
   * A section title of two phrases ({@code 红色跑楼团 让群众少跑腿}, {@code 天津：集中隔离 阻断传播链}): longer than a plain section
   * title may be, but shaped like its neighbours, not like a subtitle.
   */
  private static boolean isTwoPhraseTitle(String block) {
    return block.length() <= MAX_TWO_PHRASE_SECTION_TITLE_CHARS && block.indexOf(' ', 1) > 0;
  }

  /**
   * Signed in any way: staff lines, a dateline or byline opening the text (本报讯, 新华社…电, 本报记者…), names or a
   * note at the end. Of a compilation, only the sections are signed.
   */
  private static boolean hasSignature(ArticleDraft draft) {
    return !draft.staffLines.isEmpty() || !draft.endStaffLines.isEmpty() || !draft.authorNotes.isEmpty()
        || firstLead(draft) != null;
  }

  /** The dateline or byline opening the text (本报讯, 新华社…电, 本报记者…), or null when it opens without one. */
  private static BylineParser.@Nullable Lead firstLead(ArticleDraft draft) {
    for (ArticleDraft.Part part : draft.parts) {
      if (!part.subhead) {
        BylineParser.Lead lead = BylineParser.lead(part.text());
        return lead.dateline() != null || !lead.credits().equals(BylineParser.Credits.NONE) ? lead : null;
      }
    }
    return null;
  }

  /** The body lines right after index {@code from}, each cut to a bounded length, at most a few. */
  private List<String> followingLines(int from) {
    List<String> below = new ArrayList<>();
    int chars = 0;
    for (int i = from; i < layout.size() && layout.role(i) == LineRole.BODY
        && below.size() < BoundaryFeatures.MAX_BELOW_LINES && chars < LOOKAHEAD_CHARS; i++) {
      String text = layout.line(i).text();
      below.add(text.substring(0, Math.min(text.length(), LOOKAHEAD_CHARS)));
      chars += text.length();
    }
    return below;
  }
}
