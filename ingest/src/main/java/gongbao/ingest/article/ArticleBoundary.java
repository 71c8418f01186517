package gongbao.ingest.article;

import gongbao.ingest.article.BoundaryDecision.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a run of headline-like lines inside an article opens a new article or is a subhead.
 * Firm rules come first, the way union papers mark articles: sections of a compilation (signed under an
 * unsigned introduction, or parallel to the signed section above under a headline of its own) are
 * subheads; otherwise the article above closed by credits, a photo item or contents box, a byline or
 * dateline below, a dashed kicker, a bracketed column or a closing note above open a new article; numbering or a paragraph left open mean a subhead; on pages whose news is
 * signed (staff line, 本报讯/本刊讯) an unsigned headline is a subhead. The rest — on People's Daily pages
 * about half of the runs — is weighed by the {@link BoundaryModel}: the shape of the run, how the article
 * above ended and what its subheads look like, what follows, topic continuity.
 */
final class ArticleBoundary {

  static final Pattern SUBHEAD_NUMBERING = Pattern.compile(
      "^(?:[●▲◆★☆○◇]|[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、]"
          + "|第[一二三四五六七八九十\\d]{1,3}[章节部分条])");
  private static final int CONTEXT_CHARS = 1500;
  /** A dashed line shorter than this ({@code 舆论——}) may label a section inside an article. */
  private static final int MIN_STRONG_KICKER_CHARS = 10;
  private static final int LOOKAHEAD_CHARS = 300;
  /** An unsigned text above a compilation's first signed section introduces it; longer ones are articles of their own. */
  private static final int MAX_INTRODUCTION_CHARS = 800;
  /** Section titles of a compilation without dashed kickers are short: {@code 石榴熟了 生活甜了}. */
  private static final int MAX_SECTION_TITLE_CHARS = 12;

  private final PageLayout layout;
  private final BoundaryModel model;

  ArticleBoundary(PageLayout layout, BoundaryModel model) {
    this.layout = layout;
    this.model = model;
  }

  /**
   * How to read the headline-like blocks read from line {@code from}, with the staff lines right under them (the body
   * resumes at line {@code next}), after {@code draft}: as a new article or as subheads in it.
   */
  BoundaryDecision decide(ArticleDraft draft, List<String> blocks, int from, int next, List<PageLine> staff) {
    PageLine line = layout.line(from);
    boolean closed = draft.ended || draft.toc || draft.photo || layout.photoHead[from];
    boolean staffFollows = !staff.isEmpty();
    boolean signedBelow = staff.stream().anyMatch(staffLine -> !BylineParser.isLabelledCredit(staffLine.text()));
    if (!closed && signedBelow
        && (draft.compilation || !hasSignature(draft) && draft.bodyChars(MAX_INTRODUCTION_CHARS) < MAX_INTRODUCTION_CHARS)) {
      return BoundaryDecision.byRule(line, Rule.SECTION, false);
    }
    if (!closed && signedBelow && isSecondSection(draft, blocks, true)) {
      return BoundaryDecision.byRule(line, Rule.SECOND_SECTION, false);
    }
    if (closed || staffFollows) {
      return BoundaryDecision.byRule(line, Rule.ARTICLE_CLOSED, true);
    }
    List<String> belowLines = followingLines(next);
    if (!belowLines.isEmpty() && BylineParser.hasLead(belowLines.get(0))) {
      return BoundaryDecision.byRule(line, Rule.DATELINE_BELOW, true);
    }
    boolean dashedRun = blocks.size() > 1 && Punctuation.endsWithDash(blocks.get(0));
    if (!closed && dashedRun && draft.compilation) {
      return BoundaryDecision.byRule(line, Rule.SECTION, false);
    }
    if (!closed && dashedRun && isSecondSection(draft, blocks, false)) {
      return BoundaryDecision.byRule(line, Rule.SECOND_SECTION, false);
    }
    boolean dashedKicker = dashedRun && blocks.get(0).length() >= MIN_STRONG_KICKER_CHARS;
    if (dashedKicker || Punctuation.endsWithBracketedNote(blocks.get(blocks.size() - 1))) {
      return BoundaryDecision.byRule(line, Rule.KICKER_OR_COLUMN, true); // 技术迭代打开无限想象力（人民观点）
    }
    if (SUBHEAD_NUMBERING.matcher(blocks.get(0)).find()) {
      return BoundaryDecision.byRule(line, Rule.NUMBERED, false);
    }
    if (draft.lastBodyOpen()) {
      return BoundaryDecision.byRule(line, Rule.PARAGRAPH_OPEN, false);
    }
    ArticleDraft.Part lastBody = draft.lastBody();
    if (lastBody != null && Punctuation.endsWithBracketedNote(lastBody.text())) {
      return BoundaryDecision.byRule(line, Rule.NOTE_ABOVE, true); // （本报约翰内斯堡电）
    }
    if (belowLines.isEmpty()) {
      return BoundaryDecision.byRule(line, Rule.NOTHING_BELOW, blocks.size() > 1);
    }
    if (isSigned(draft)) {
      return BoundaryDecision.byRule(line, Rule.SIGNED_ABOVE, false);
    }
    return byModel(draft, blocks, line, next, belowLines);
  }

  private BoundaryDecision byModel(ArticleDraft draft, List<String> blocks, PageLine line, int next,
      List<String> belowLines) {
    int after = next + belowLines.size();
    boolean headingSoonBelow = after < layout.size() && layout.role(after) == LineRole.HEADING && belowLines.size() <= 2;
    int sectionLines = 0;
    int sectionChars = 0;
    for (int i = next; i < layout.size() && layout.role(i) == LineRole.BODY
        && sectionLines < BoundaryFeatures.MAX_SECTION_LINES; i++) {
      sectionLines++;
      sectionChars += layout.line(i).text().length();
    }
    double[] features = BoundaryFeatures.of(new BoundaryFeatures.Context(
        draft, draft.recentText(CONTEXT_CHARS), blocks, belowLines, headingSoonBelow, sectionLines, sectionChars));
    boolean startsArticle = model.startsArticle(line.start(), features);
    return new BoundaryDecision(line.start(), line.text(), Rule.MODEL, features, startsArticle);
  }

  /** Signed the way union papers sign news: a staff line under the headline, or 本报讯/本刊讯. */
  private static boolean isSigned(ArticleDraft draft) {
    if (!draft.staffLines.isEmpty()) {
      return true;
    }
    BylineParser.Lead lead = firstLead(draft);
    return lead != null && ("本报讯".equals(lead.dateline()) || "本刊讯".equals(lead.dateline()));
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
    if (umbrella <= 0 || !signedAlike || Punctuation.endsWithDash(draft.heads.get(umbrella - 1))) {
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
    boolean shortTitles = draft.heads.get(draft.heads.size() - 1).length() <= MAX_SECTION_TITLE_CHARS
        && blocks.get(blocks.size() - 1).length() <= MAX_SECTION_TITLE_CHARS;
    return dashed || shortTitles && staffFollows;
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
