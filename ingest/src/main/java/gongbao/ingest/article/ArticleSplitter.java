package gongbao.ingest.article;

import gongbao.ingest.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts a page's text into articles: a pure function of the page, linear in its length. Lines are
 * classified ({@link LineClassifier}), walked into drafts ({@link PageSegmenter}: headline groups,
 * bylines, subheads, boxes, photo items, column-break joins; whether a headline-like run inside an
 * article opens a new one is decided by {@link ArticleBoundary}, its firm rules first, then a {@link
 * BoundaryModel}), cleaned of repeated paragraphs ({@link
 * RepeatRemover}) and of fragments printed out of order ({@link FragmentAttacher}), then assembled
 * ({@link ArticleAssembler}: headline roles, byline, kind, truncation). A file that holds one article and states its
 * headline (an HTML article page, {@link Page#markup()}) is walked the same way and gives that one article, or none
 * when it holds neither a headline nor any text; its lines are its paragraphs, none rejoined, and its captions and
 * subheads are read with what its markup shows of them ({@link MarkedRoles}).
 */
public final class ArticleSplitter {

  private final BoundaryModel boundaryModel;

  /** A splitter with the standard boundary model ({@link BoostedBoundaryModel#standard()}). */
  public ArticleSplitter() {
    this(BoostedBoundaryModel.standard());
  }

  public ArticleSplitter(BoundaryModel boundaryModel) {
    this.boundaryModel = boundaryModel;
  }

  public List<Article> split(Page page) {
    return split(page, decision -> {});
  }

  /** As {@link #split(Page)}, telling {@code decisions} how each run of headline-like lines was read. */
  public List<Article> split(Page page, Consumer<BoundaryDecision> decisions) {
    List<PageLine> printed = PageLine.linesOf(page.text());
    // an HTML article's lines are its paragraphs as its markup shows them: no column break cut any of them
    List<PageLine> lines = page.markup() == null ? CutLines.rejoin(printed) : printed;
    List<ArticleDraft> drafts = PageSegmenter.segment(lines, page.markup(), boundaryModel, decisions);
    RepeatRemover.removeRepeats(drafts);
    if (page.markup() != null) {
      ArticleDraft whole = ArticleDraft.whole(drafts);
      boolean empty = whole.parts.isEmpty() && whole.captions.isEmpty() && page.markup().title() == null;
      return empty ? List.of() : List.of(ArticleAssembler.assemble(page, whole, page.markup()));
    }
    foldLinesOnly(drafts);
    FragmentAttacher.attach(drafts);
    List<Article> articles = new ArrayList<>();
    for (ArticleDraft draft : drafts) {
      if (!draft.parts.isEmpty() || draft.toc || draft.textElsewhere || draft.creditedHeadline()) {
        articles.add(ArticleAssembler.assemble(page, articles.size() + 1, draft));
      }
    }
    return articles;
  }

  /**
   * Gives the lines of a draft with no headline and no text to the draft above, whose item they close: a photo's credit
   * under a caption printed twice, the second copy removed as a repeat, would otherwise be lost. Above the page's first
   * article they are kept as text of their own.
   */
  private static void foldLinesOnly(List<ArticleDraft> drafts) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (!drafts.get(i).linesOnly()) {
        continue;
      }
      if (i > 0) {
        drafts.get(i - 1).takeLinesOf(drafts.remove(i));
      } else {
        drafts.get(i).keepLinesAsText();
      }
    }
  }

  /** {@code paper:date:page:ordinal}; an inferred date is not part of the identity. */
  public static String articleId(Page page, int ordinal) {
    String date = page.date() == null || page.dateInferred() ? "undated" : page.date().toString();
    return page.paper().id() + ":" + date + ":" + page.pageId() + ":" + ordinal;
  }
}
