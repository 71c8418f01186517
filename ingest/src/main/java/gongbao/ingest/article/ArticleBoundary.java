package gongbao.ingest.article;

import gongbao.ingest.article.BoundaryDecision.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a run of headline-like lines inside an article opens a new article or is a subhead.
 * Firm rules come first: the article above is a photo item or contents box (new article), the run is
 * numbered or the paragraph above is left open (subhead), nothing follows it, and on pages whose news is
 * signed (staff line, 本报讯/本刊讯) an unsigned headline is a subhead. Everything else — the shape of the
 * run, how the article above ended, what follows, topic continuity — is weighed by the {@link
 * BoundaryModel}.
 */
final class ArticleBoundary {

  static final Pattern SUBHEAD_NUMBERING = Pattern.compile(
      "^(?:[●▲◆★☆○◇]|[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、]"
          + "|第[一二三四五六七八九十\\d]{1,3}[章节部分条])");
  private static final int CONTEXT_CHARS = 1500;
  /** A dashed line shorter than this ({@code 舆论——}) may label a section inside an article. */
  private static final int MIN_STRONG_KICKER_CHARS = 10;
  private static final int LOOKAHEAD_CHARS = 300;

  private final PageLayout layout;
  private final BoundaryModel model;

  ArticleBoundary(PageLayout layout, BoundaryModel model) {
    this.layout = layout;
    this.model = model;
  }

  /**
   * How to read the headline-like blocks read from line {@code from} (the body resumes at line {@code
   * next}) after {@code draft}: as a new article or as subheads in it.
   */
  BoundaryDecision decide(ArticleDraft draft, List<String> blocks, int from, int next, boolean staffFollows) {
    PageLine line = layout.line(from);
    if (draft.toc || draft.photo || layout.photoHead[from]) {
      return BoundaryDecision.byRule(line, Rule.ARTICLE_CLOSED, true);
    }
    List<String> belowLines = followingLines(next);
    // signs of a new article that outweigh the subhead rules: credits above, a byline or dateline below
    boolean startSigns = draft.ended || staffFollows || !belowLines.isEmpty() && BylineParser.hasLead(belowLines.get(0));
    if (SUBHEAD_NUMBERING.matcher(blocks.get(0)).find() && !startSigns) {
      return BoundaryDecision.byRule(line, Rule.NUMBERED, false);
    }
    if (draft.lastBodyOpen() && !startSigns) {
      return BoundaryDecision.byRule(line, Rule.PARAGRAPH_OPEN, false);
    }
    if (belowLines.isEmpty()) {
      return BoundaryDecision.byRule(line, Rule.NOTHING_BELOW, blocks.size() > 1 || startSigns);
    }
    if (isSigned(draft) && !startSigns) {
      return BoundaryDecision.byRule(line, Rule.SIGNED_ABOVE, false);
    }
    String below = String.join("\n", belowLines);
    double[] features = BoundaryFeatures.of(context(draft, blocks, next, staffFollows, belowLines, below));
    boolean startsArticle = model.startsArticle(line.start(), features);
    return new BoundaryDecision(line.start(), line.text(), Rule.MODEL, features, startsArticle);
  }

  private BoundaryFeatures.Context context(ArticleDraft draft, List<String> blocks, int next, boolean staffFollows,
      List<String> belowLines, String below) {
    int after = next + belowLines.size();
    boolean headingSoonBelow = after < layout.size() && layout.role(after) == LineRole.HEADING && belowLines.size() <= 2;
    ArticleDraft.Part lastBody = draft.lastBody();
    boolean dashedKicker = blocks.size() > 1 && Punctuation.endsWithDash(blocks.get(0))
        && blocks.get(0).length() >= MIN_STRONG_KICKER_CHARS;
    return new BoundaryFeatures.Context(draft, draft.recentText(CONTEXT_CHARS), blocks, below, belowLines,
        headingSoonBelow, staffFollows, BylineParser.hasLead(belowLines.get(0)), dashedKicker,
        Punctuation.endsWithBracketedNote(blocks.get(blocks.size() - 1)),
        lastBody != null && Punctuation.endsWithBracketedNote(lastBody.text()));
  }

  /** Signed the way union papers sign news: a staff line under the headline, or 本报讯/本刊讯. */
  private static boolean isSigned(ArticleDraft draft) {
    if (!draft.staffLines.isEmpty()) {
      return true;
    }
    for (ArticleDraft.Part part : draft.parts) {
      if (!part.subhead) {
        String dateline = BylineParser.lead(part.text()).dateline();
        return "本报讯".equals(dateline) || "本刊讯".equals(dateline);
      }
    }
    return false;
  }

  /** The body lines right after index {@code from}, each cut to a bounded length, at most a few. */
  private List<String> followingLines(int from) {
    List<String> below = new ArrayList<>();
    int chars = 0;
    for (int i = from; i < layout.size() && layout.role(i) == LineRole.BODY && below.size() < BoundaryFeatures.MAX_BELOW_LINES
        && chars < LOOKAHEAD_CHARS; i++) {
      String text = layout.line(i).text();
      below.add(text.substring(0, Math.min(text.length(), LOOKAHEAD_CHARS)));
      chars += text.length();
    }
    return below;
  }
}
