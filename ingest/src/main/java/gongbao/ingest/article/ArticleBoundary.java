package gongbao.ingest.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a run of headline-like lines inside an article opens a new article or is a subhead.
 * Strong signs come first (a byline or dateline below, a dashed kicker, a bracketed column, the article
 * above closed by credits or a note, a photo item); numbering and a paragraph left open mean a subhead.
 * Otherwise the topic decides: text below that shares almost no three-character sequences with the
 * article above starts a new one. On pages whose news is signed (staff line, 本报讯/本刊讯) an unsigned
 * headline is a subhead.
 */
final class ArticleBoundary {

  static final Pattern SUBHEAD_NUMBERING = Pattern.compile(
      "^(?:[●▲◆★☆○◇]|[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、]"
          + "|第[一二三四五六七八九十\\d]{1,3}[章节部分条])");
  private static final int CONTEXT_CHARS = 1500;
  /** A dashed line shorter than this ({@code 舆论——}) may label a section inside an article. */
  private static final int MIN_STRONG_KICKER_CHARS = 10;
  private static final int LOOKAHEAD_CHARS = 300;
  /** Below this continuity a single headline-like line opens a new article. */
  static final double NEW_TOPIC_SINGLE = 0.02;
  /** Below this continuity a run of several headline-like lines opens a new article. */
  static final double NEW_TOPIC_GROUP = 0.03;
  /** Taken off the threshold when a line has two clauses, as subheads often do. */
  static final double COMMA_PENALTY = 0.02;
  /** Taken off the threshold when the article above already has subheads. */
  static final double SERIES_PENALTY = 0.01;
  /** Scales the thresholds when the article above is signed: on such pages a new article is signed too. */
  static final double SIGNED_FACTOR = 0;

  private final PageLayout layout;

  ArticleBoundary(PageLayout layout) {
    this.layout = layout;
  }

  /**
   * Whether the headline-like blocks read from line {@code from} (the body resumes at line {@code next})
   * open a new article after {@code draft}, rather than being subheads in it.
   */
  boolean startsArticle(ArticleDraft draft, List<String> blocks, int from, int next, boolean staffFollows) {
    if (draft.ended || draft.toc || draft.photo || layout.photoHead[from] || staffFollows) {
      return true;
    }
    if (next < layout.size() && layout.role(next) == LineRole.BODY && BylineParser.hasLead(layout.line(next).text())) {
      return true;
    }
    String last = blocks.get(blocks.size() - 1);
    boolean dashedKicker = blocks.size() > 1 && Punctuation.endsWithDash(blocks.get(0))
        && blocks.get(0).length() >= MIN_STRONG_KICKER_CHARS;
    if (dashedKicker || Punctuation.endsWithBracketedNote(last)) {
      return true; // a kicker, or a title with its column in brackets: 技术迭代打开无限想象力（人民观点）
    }
    if (SUBHEAD_NUMBERING.matcher(blocks.get(0)).find() || draft.lastBodyOpen()) {
      return false;
    }
    ArticleDraft.Part lastBody = draft.lastBody();
    if (lastBody != null && Punctuation.endsWithBracketedNote(lastBody.text())) {
      return true; // the article above closed with its note: （本报约翰内斯堡电）
    }
    String below = following(next);
    if (below.isEmpty()) {
      return blocks.size() > 1;
    }
    double continuity =
        TopicContinuity.score(draft.recentText(CONTEXT_CHARS), String.join("\n", blocks) + "\n" + below);
    double threshold = blocks.size() > 1 ? NEW_TOPIC_GROUP : NEW_TOPIC_SINGLE;
    if (blocks.stream().anyMatch(block -> block.indexOf('，') >= 0 || block.indexOf(',') >= 0)) {
      threshold -= COMMA_PENALTY; // subheads are often two clauses: 组织强“链”,建设链上“主心骨”
    }
    if (draft.subheads() > 0) {
      threshold -= SERIES_PENALTY; // an article with subheads usually has more
    }
    // on a page whose articles carry bylines, an unsigned headline is far more likely a subhead
    return continuity < (isSigned(draft) ? threshold * SIGNED_FACTOR : threshold);
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

  /** The body text right after index {@code from}, up to a bounded length. */
  private String following(int from) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < layout.size() && layout.role(i) == LineRole.BODY && text.length() < LOOKAHEAD_CHARS; i++) {
      String line = layout.line(i).text();
      text.append(line, 0, Math.min(line.length(), LOOKAHEAD_CHARS)).append('\n');
    }
    return text.toString();
  }
}
