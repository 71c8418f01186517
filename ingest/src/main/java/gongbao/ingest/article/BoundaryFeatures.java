package gongbao.ingest.article;

import gongbao.ingest.article.BoundaryDecision.Rule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The evidence for reading a run of headline-like lines inside an article as a new article rather than a
 * subhead, as numbers for {@link BoostedBoundaryModel}: the shape of the run, how the article above
 * ended and what shape its subheads had, what follows the run, how much of the text shares topic with the
 * article above, the shape of the page, and which marks of a new article were found ({@link Evidence}) and
 * which rule matched first. Every feature is 0/1 or scaled to about [0, 3]. The order is that of {@link
 * #NAMES}; the model file names the features it splits on.
 */
final class BoundaryFeatures {

  private static final List<String> RUN_FEATURES = List.of(
      "continuity", "continuity<0.01", "continuity<0.03", "continuity<0.06", "continuity<0.10",
      "headSharedAbove", "headSharedWithTitleAbove", "headSharedBelow",
      "blocks>=2", "blocks>=3", "firstChars/20", "firstChars<=6", "firstChars>=16",
      "comma", "space", "quote", "colon", "endsQuestionOrExclamation", "bracketInside", "digit",
      "subheadsAbove>0", "log1p(subheadsAbove)", "sameLengthAsLastSubhead", "sameCommaAsLastSubhead",
      "paragraphsSinceSubhead/10", "bodyParagraphsAbove/20", "log1p(bodyCharsAbove)/8", "aboveHasHeadline",
      "lastBodyEndsFullStop", "lastBodyEndsQuote", "lastBodyEndsExclamation", "lastBodyChars<40",
      "lastBodyNamesStaff", "nextChars/200", "nextChars<60", "nextOpensWithQuote", "nextNamesReporter",
      "nextOpensWithDate", "bodyLinesBelow/5", "headingSoonBelow", "opensWithQuote", "endsWithQuote",
      "aboveOpensWithDateline", "columnLabel", "sectionParagraphsBelow/10", "log1p(sectionCharsBelow)/8",
      "closedByCredits", "photoOrToc", "creditFollows", "datelineBelow", "dashedKicker",
      "bracketedColumn", "noteAbove", "signedAbove", "signatureAbove",
      "pageHeadingShare", "staffOnPage", "runsBelow/10");
  /** The rules whose evidence the model weighs, each a 0/1 feature after the others. */
  private static final List<Rule> WEIGHED_RULES = List.of(Rule.ARTICLE_CLOSED, Rule.DATELINE_BELOW,
      Rule.KICKER_OR_COLUMN, Rule.NOTE_ABOVE, Rule.NOTHING_BELOW);
  static final List<String> NAMES = Stream.concat(RUN_FEATURES.stream(),
      WEIGHED_RULES.stream().map(rule -> "rule=" + rule)).toList();

  private static final Set<Character> DIGITS = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
  /** Body lines below the run that {@code ArticleBoundary} gathers. */
  static final int MAX_BELOW_LINES = 5;
  /** Body lines of the section below the run that {@code ArticleBoundary} counts. */
  static final int MAX_SECTION_LINES = 20;

  private BoundaryFeatures() {}

  /**
   * The marks of a new article that {@code ArticleBoundary} looks for, each of which used to decide alone; on
   * People's Daily pages each also occurs above sections of one article, so the model weighs them together.
   *
   * @param closedByCredits the article above ended with its credits
   * @param photoOrToc the article above is a photo item or a contents box, or the run heads a photo
   * @param creditFollows a labelled credit such as {@code 版式设计：张丹} stands under the run (a staff line naming
   *     reporters is a firm rule)
   * @param datelineBelow the text below opens with a dateline or byline (本报电, 新华社…电; 本报讯 and 本刊讯 are a
   *     firm rule)
   * @param dashedKicker the run opens with a long kicker ending in a dash
   * @param bracketedColumn the run ends with its column in brackets ({@code （人民观点）})
   * @param noteAbove the article above closed with a bracketed note ({@code （本报约翰内斯堡电）})
   * @param signedAbove the article above is signed the way union papers sign news (staff line, 本报讯/本刊讯)
   * @param signatureAbove the article above is signed in any way
   */
  record Evidence(boolean closedByCredits, boolean photoOrToc, boolean creditFollows, boolean datelineBelow,
      boolean dashedKicker, boolean bracketedColumn, boolean noteAbove, boolean signedAbove, boolean signatureAbove) {}

  /**
   * What {@code ArticleBoundary} knows about one run, gathered before the features are computed.
   *
   * @param rule the first rule that matched the run, {@link Rule#MODEL} when none did
   * @param sectionParagraphsBelow body lines from the run to the next line of another role, up to a bound
   * @param sectionCharsBelow their characters
   * @param headingShare the share of the page's lines that read as headings
   * @param staffOnPage the page has staff lines (本报记者 …), as union papers' news pages do
   * @param runsBelow headline runs further down the page
   */
  record Context(Rule rule, Evidence evidence, ArticleDraft above, String recentAbove, List<String> blocks,
      List<String> belowLines, boolean headingSoonBelow, int sectionParagraphsBelow, int sectionCharsBelow,
      double headingShare, boolean staffOnPage, int runsBelow) {

    String below() {
      return String.join("\n", belowLines);
    }
  }

  static double[] of(Context c) {
    String heads = String.join("\n", c.blocks());
    String below = c.below();
    String first = c.blocks().get(0);
    double continuity = TopicContinuity.score(c.recentAbove(), heads + "\n" + below);
    ArticleDraft above = c.above();
    String titleAbove = String.join("\n", above.heads);
    ArticleDraft.@Nullable Part lastSubhead = lastSubhead(above);
    ArticleDraft.Part lastBody = above.lastBody();
    String lastText = lastBody == null ? "" : lastBody.text();
    String next = c.belowLines().isEmpty() ? "" : c.belowLines().get(0);
    int subheads = above.subheads();
    ArticleDraft.@Nullable Part firstBody = firstBody(above);
    Evidence e = c.evidence();
    double[] features = Arrays.copyOf(new double[] {
      continuity, flag(continuity < 0.01), flag(continuity < 0.03), flag(continuity < 0.06), flag(continuity < 0.10),
      TopicContinuity.score(c.recentAbove(), heads), TopicContinuity.score(titleAbove, heads),
      TopicContinuity.score(below, heads),
      flag(c.blocks().size() >= 2), flag(c.blocks().size() >= 3), Math.min(first.length(), 48) / 20.0,
      flag(first.length() <= 6), flag(first.length() >= 16),
      flag(has(heads, '，') || has(heads, ',')), flag(has(heads, ' ')), flag(has(heads, '“')),
      flag(has(heads, '：') || has(heads, ':')), flag(heads.endsWith("？") || heads.endsWith("！")),
      flag(has(heads, '（') || has(heads, '(')), flag(heads.chars().anyMatch(ch -> DIGITS.contains((char) ch))),
      flag(subheads > 0), Math.log1p(subheads),
      flag(lastSubhead != null && Math.abs(lastSubhead.text.length() - first.length()) <= 1),
      flag(lastSubhead != null && hasComma(lastSubhead.text()) == hasComma(first)),
      Math.min(paragraphsSinceSubhead(above), 10) / 10.0, Math.min(bodyParagraphs(above), 20) / 20.0,
      Math.log1p(bodyChars(above)) / 8, flag(!above.heads.isEmpty()),
      flag(lastText.endsWith("。")), flag(lastText.endsWith("”")),
      flag(lastText.endsWith("！") || lastText.endsWith("？")), flag(lastText.length() < 40),
      flag(namesStaff(lastText)), Math.min(next.length(), 600) / 200.0, flag(next.length() < 60),
      flag(next.startsWith("“")), flag(next.length() > 0 && next.substring(0, Math.min(40, next.length())).contains("记者")),
      flag(next.matches("^(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日.*")), c.belowLines().size() / (double) MAX_BELOW_LINES,
      flag(c.headingSoonBelow()), flag(first.startsWith("“")), flag(heads.endsWith("”")),
      flag(firstBody != null && BylineParser.hasLead(firstBody.text())),
      flag(HeadlineGrouper.isLabel(first) || first.startsWith("图片")),
      Math.min(c.sectionParagraphsBelow(), MAX_SECTION_LINES) / 10.0, Math.log1p(c.sectionCharsBelow()) / 8,
      flag(e.closedByCredits()), flag(e.photoOrToc()), flag(e.creditFollows()),
      flag(e.datelineBelow()), flag(e.dashedKicker()), flag(e.bracketedColumn()), flag(e.noteAbove()),
      flag(e.signedAbove()), flag(e.signatureAbove()),
      c.headingShare(), flag(c.staffOnPage()), Math.min(c.runsBelow(), 30) / 10.0
    }, NAMES.size());
    int rule = WEIGHED_RULES.indexOf(c.rule());
    if (rule >= 0) {
      features[RUN_FEATURES.size() + rule] = 1;
    }
    return features;
  }

  private static double flag(boolean value) {
    return value ? 1 : 0;
  }

  private static boolean has(String text, char c) {
    return text.indexOf(c) >= 0;
  }

  private static boolean hasComma(String text) {
    return has(text, '，') || has(text, ',');
  }

  private static boolean namesStaff(String text) {
    String tail = text.length() > 30 ? text.substring(text.length() - 30) : text;
    return tail.contains("记者") || tail.contains("作者") || tail.contains("编辑") || tail.contains("来源")
        || tail.contains("摄");
  }

  private static ArticleDraft.@Nullable Part lastSubhead(ArticleDraft draft) {
    for (int i = draft.parts.size() - 1; i >= 0; i--) {
      if (draft.parts.get(i).subhead) {
        return draft.parts.get(i);
      }
    }
    return null;
  }

  private static ArticleDraft.@Nullable Part firstBody(ArticleDraft draft) {
    for (ArticleDraft.Part part : draft.parts) {
      if (!part.subhead) {
        return part;
      }
    }
    return null;
  }

  private static int paragraphsSinceSubhead(ArticleDraft draft) {
    int count = 0;
    for (int i = draft.parts.size() - 1; i >= 0 && !draft.parts.get(i).subhead; i--) {
      count++;
    }
    return count;
  }

  private static int bodyParagraphs(ArticleDraft draft) {
    return (int) draft.parts.stream().filter(part -> !part.subhead).count();
  }

  private static int bodyChars(ArticleDraft draft) {
    return draft.parts.stream().filter(part -> !part.subhead).mapToInt(part -> part.text.length()).sum();
  }
}
