package gongbao.ingest.article;

/**
 * How the splitter read one run of headline-like lines: as the start of a new article or as a subhead of
 * the article above, and which rule decided. Reported to a listener given to {@link
 * ArticleSplitter#split(gongbao.ingest.page.Page, java.util.function.Consumer)}, for evaluation and for
 * training the boundary model.
 *
 * @param lineStart where the run's first line starts in the page text
 * @param firstLine the run's first line
 * @param rule the firm rule that decided, or the first rule that matched a run the model decided
 * @param features the model's features ({@link BoostedBoundaryModel#FEATURE_NAMES}) when the model decided, else
 *     empty
 * @param startsArticle true when the run opens a new article
 */
public record BoundaryDecision(int lineStart, String firstLine, Rule rule, double[] features, boolean startsArticle) {

  public BoundaryDecision {
    features = features.clone();
  }

  /** True when the boundary model weighed the run (its features are given), false when a firm rule decided. */
  public boolean weighedByModel() {
    return features.length > 0;
  }

  /**
   * The rules of {@code ArticleBoundary}, in the order they are tried. The firm ones decide alone; for the others
   * (marked <em>weighed</em>) the boundary model decides, with the rule among its features.
   */
  public enum Rule {
    /** No article is open, or the open one has no body yet: the run is (part of) its headline. */
    NO_BODY_ABOVE,
    /** A staff line naming reporters or authors stands under the run ({@code 本报记者 张楠}). */
    SIGNED_BELOW,
    /**
     * Above the run stands only a headline with its layout credit, no text: the page's banner ({@code …（来自疫情防控一线的报道）}
     * + {@code 版式设计：张丹峰}), an item of its own; the run heads the next article.
     */
    BANNER_ABOVE,
    /**
     * The line right above the run is a page's layout credit ({@code 版式设计：张丹峰}), which closes the feature above it:
     * the run heads the next article.
     */
    LAYOUT_CREDIT_ABOVE,
    /**
     * The run is a box's label marked with a square ({@code ■链接}, {@code ■编后}, {@code ■小贴士}): a box inside the article,
     * as all 48 such lines in the rmrb articles are; none is a headline line.
     */
    BOX_LABEL,
    /** The run is headed {@code 图片报道}, a photo report: 265 rmrb titles, never a line of text. */
    PHOTO_REPORT,
    /** The text below opens with a union paper's news lead, 本报讯 or 本刊讯. */
    NEWS_LEAD_BELOW,
    /** The text below opens with a label only an article's text opens with: 内容提要, 开栏的话, 编者按. */
    TEXT_OPENER_BELOW,
    /**
     * The article above was closed by credits, is a photo item or contents box, or a labelled credit ({@code
     * 版式设计：张丹}) stands under the run. Weighed.
     */
    ARTICLE_CLOSED,
    /**
     * The article above closed with the credit of a drawing and its text ({@code 曹 一图 于 石文}): such a credit ends its
     * piece (all 72 in the rmrb articles), so the run starts the next.
     */
    DRAWING_CREDITED,
    /**
     * The run is the title of a law, resolution or set of rules over the note of its adoption ({@code （2020年5月28日…通过）}):
     * a new article, unless the headline of the article above names it ({@code 中共中央印发《…条例》}) and prints it.
     */
    ADOPTED_DOCUMENT,
    /**
     * The run is a title over a subtitle opening with a dash ({@code 加快绿色发展} + {@code ——把握我国发展重要战略机遇新内涵述评之四}):
     * 825 rmrb headlines have such a subtitle, about 15 subheads inside an article are shaped so.
     */
    DASH_SUBTITLE,
    /**
     * The article above is a compilation of sections and the run is signed by a staff line or opens with a dashed kicker,
     * or a staff line follows and the article above is unsigned: the run heads the next section of that compilation.
     */
    SECTION,
    /**
     * The run is who told the text above, signed by who wrote it down ({@code …社区党总支书记刘珍讲述} + {@code 本报记者
     * 王云娜整理}): the end of that text, a section of a compilation of such stories.
     */
    TOLD_BY,
    /**
     * The run is the last line of a text (a letter's {@code 敬礼！}), signed under it by a name and the note on its writer
     * ({@code 米秀刚} + {@code （作者为…）}): the end of that text, never a headline, which no writer's note follows.
     */
    SIGNED_CLOSING,
    /**
     * The run is parallel to the headline of the article above, which is one section under a headline of its own (both
     * signed by a staff line below, or both unsigned with dashed kickers): the two are sections of one compilation under
     * that headline.
     */
    SECOND_SECTION,
    /** The text below opens with another dateline or byline: 本报电, 新华社…电, 本报记者…. Weighed. */
    DATELINE_BELOW,
    /**
     * The run's last line is the start of a dateline cut by a column break ({@code 本报北京10月}, {@code 据新}), its rest
     * under a box or in the text: the lines above it are a headline.
     */
    CUT_DATELINE,
    /**
     * The run ends with a sidebar's name in brackets ({@code 凝聚更多共识（记者手记）}, {@code …（延伸阅读）}) under an article
     * that is still open and did not close with a bracketed note: the sidebar belongs to that article.
     */
    SIDEBAR,
    /** A dashed kicker or a title with its column in brackets. Weighed. */
    KICKER_OR_COLUMN,
    /** Numbered or marked like a subhead: 一、 （二） ●, a label in square brackets 【记者观察】. */
    NUMBERED,
    /** The paragraph above is still open: a column break, not a headline. */
    PARAGRAPH_OPEN,
    /** The subhead above is unfinished and the run's first line its rest: {@code 五、围绕服务党和} + box + {@code 国家外交大局…}. */
    SUBHEAD_OPEN,
    /** The article above closed with a bracketed note such as （本报约翰内斯堡电）. Weighed. */
    NOTE_ABOVE,
    /** No body text follows the run. Weighed. */
    NOTHING_BELOW,
    /** The article above is signed the way union papers sign news (a staff line, 本报讯/本刊讯): a subhead. */
    SIGNED_ABOVE,
    /** No rule matched: weighed by the model from context alone. */
    MODEL
  }

  static BoundaryDecision byRule(PageLine line, Rule rule, boolean startsArticle) {
    return new BoundaryDecision(line.start(), line.text(), rule, new double[0], startsArticle);
  }
}
