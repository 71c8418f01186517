package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.search.api.KwicResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldDocs;

/** Keyword-in-context: every occurrence of the query's words and phrases in the best-ranked matches. */
final class KwicFinder {

  static final int CONTEXT_CHARS = 20;

  private KwicFinder() {}

  static KwicResponse find(IndexSnapshot snapshot, String queryString, List<String> highlightTerms, Query query,
      int maxLines) throws IOException {
    TopFieldDocs top = snapshot.searcher().search(query, maxLines, snapshot.sort(SortOrder.RELEVANCE), false);
    long total = snapshot.searcher().count(query);
    List<KwicResponse.Line> lines = new ArrayList<>();
    for (ScoreDoc doc : top.scoreDocs) {
      Article article = snapshot.load(doc.doc);
      String text = (article.headlineText() + article.searchableText()).replace('\n', ' ');
      for (int[] span : TermSpans.find(text, highlightTerms)) {
        if (lines.size() >= maxLines) {
          break;
        }
        lines.add(new KwicResponse.Line(
            article.id(), article.title(),
            text.substring(Math.max(0, span[0] - CONTEXT_CHARS), span[0]),
            text.substring(span[0], span[1]),
            text.substring(span[1], Math.min(text.length(), span[1] + CONTEXT_CHARS))));
      }
      if (lines.size() >= maxLines) {
        break;
      }
    }
    return new KwicResponse(queryString, total, lines);
  }
}
