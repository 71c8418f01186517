package gongbao.ingest.article;

/**
 * How the splitter read one run of headline-like lines: as the start of a new article or as a subhead of
 * the article above, and which rule decided. Reported to a listener given to {@link
 * ArticleSplitter#split(gongbao.ingest.page.Page, java.util.function.Consumer)}, for evaluation and for
 * training the boundary model.
 *
 * @param lineStart where the run's first line starts in the page text
 * @param firstLine the run's first line
 * @param rule the rule that decided
 * @param features the model's features ({@link BoundaryModel#featureNames()}) when {@code rule} is {@link
 *     Rule#MODEL}, else empty
 * @param startsArticle true when the run opens a new article
 */
public record BoundaryDecision(int lineStart, String firstLine, Rule rule, double[] features, boolean startsArticle) {

  public BoundaryDecision {
    features = features.clone();
  }

  /** The rules of {@code ArticleBoundary}, in the order they are tried. */
  public enum Rule {
    /** No article is open, or the open one has no body yet: the run is (part of) its headline. */
    NO_BODY_ABOVE,
    /** The article above was closed by credits, is a photo item or contents box, or a staff line follows. */
    ARTICLE_CLOSED,
    /**
     * The article above is a compilation of sections and the run is signed by a staff line or opens with a dashed kicker,
     * or a staff line follows and the article above is unsigned: the run heads the next section of that compilation.
     */
    SECTION,
    /**
     * The run is parallel to the headline of the article above, which is one section under a headline of its own (both
     * signed by a staff line below, or both unsigned with dashed kickers): the two are sections of one compilation under
     * that headline.
     */
    SECOND_SECTION,
    /** The text below opens with a dateline or byline: 本报讯, 新华社…电. */
    DATELINE_BELOW,
    /** A dashed kicker or a title with its column in brackets. */
    KICKER_OR_COLUMN,
    /** Numbered like a subhead: 一、 （二） ●. */
    NUMBERED,
    /** The paragraph above is still open: a column break, not a headline. */
    PARAGRAPH_OPEN,
    /** The article above closed with a bracketed note such as （本报约翰内斯堡电）. */
    NOTE_ABOVE,
    /** No body text follows the run. */
    NOTHING_BELOW,
    /** The article above is signed the way union papers sign news; unsigned headlines there are subheads. */
    SIGNED_ABOVE,
    /** The learned model decided from context. */
    MODEL
  }

  static BoundaryDecision byRule(PageLine line, Rule rule, boolean startsArticle) {
    return new BoundaryDecision(line.start(), line.text(), rule, new double[0], startsArticle);
  }
}
