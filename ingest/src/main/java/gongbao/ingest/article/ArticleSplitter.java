package gongbao.ingest.article;

import gongbao.ingest.page.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page's text into articles: a pure function of the page, linear in its length. Lines are
 * classified ({@link LineClassifier}), walked into drafts ({@link PageSegmenter}: headline groups,
 * bylines, subheads, boxes, photo items, column-break joins), cleaned of repeated paragraphs ({@link
 * RepeatRemover}) and of fragments printed out of order ({@link FragmentAttacher}), then assembled
 * ({@link ArticleAssembler}: headline roles, byline, kind, truncation).
 */
public final class ArticleSplitter {

  public List<Article> split(Page page) {
    List<ArticleDraft> drafts = PageSegmenter.segment(PageLine.linesOf(page.text()));
    RepeatRemover.removeRepeats(drafts);
    FragmentAttacher.attach(drafts);
    List<Article> articles = new ArrayList<>();
    for (ArticleDraft draft : drafts) {
      if (!draft.parts.isEmpty() || draft.toc) {
        articles.add(ArticleAssembler.assemble(page, articles.size() + 1, draft));
      }
    }
    return articles;
  }

  /** {@code paper:date:page:ordinal}; an inferred date is not part of the identity. */
  public static String articleId(Page page, int ordinal) {
    String date = page.date() == null || page.dateInferred() ? "undated" : page.date().toString();
    return page.paper().id() + ":" + date + ":" + page.pageId() + ":" + ordinal;
  }
}
