package gongbao.search;

import static gongbao.search.api.DraftCheckResponse.MAX_TEXT_CHARS;
import static gongbao.search.api.DraftCheckResponse.MIN_TEXT_CHARS;

import gongbao.ingest.article.Article;
import gongbao.search.api.DraftCheckResponse;
import gongbao.search.api.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * A text an editor has written, checked against the archive ("have we run this before?"): the articles most like it
 * in subject (more-like-this, as for related articles) are measured for how much of the text they print
 * ({@link TextOverlap}), and those that print most come first.
 */
final class DraftCheck {

  /** Articles measured: a reprint of the text is among the first few by subject, so fifty leave a wide margin. */
  static final int CANDIDATES = 50;

  private DraftCheck() {}

  /**
   * The text measured for checking ({@link TextOverlap}), once it is known to be neither too long nor too short
   * ({@link DraftCheckResponse#MIN_TEXT_CHARS}, {@link DraftCheckResponse#MAX_TEXT_CHARS}).
   */
  static TextOverlap draft(String text) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new DraftTextException(
          "the text has " + text.length() + " characters; at most " + MAX_TEXT_CHARS + " can be checked at once",
          "稿件太长：一次最多查 " + MAX_TEXT_CHARS + " 个字符，这篇有 " + text.length() + " 个。请分段查。");
    }
    TextOverlap draft = new TextOverlap(text);
    if (draft.characters() < MIN_TEXT_CHARS) {
      throw new DraftTextException("the text to check needs at least " + MIN_TEXT_CHARS
          + " letters, digits or Chinese characters; for fewer, search for them",
          "请粘贴至少 " + MIN_TEXT_CHARS + " 个字的稿件文字；更短的词语请直接检索。");
    }
    return draft;
  }

  static DraftCheckResponse check(IndexSnapshot snapshot, TextOverlap draft, Query filter, int size)
      throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(RelatedArticles.likeText(snapshot, draft.text()), Occur.MUST).add(filter, Occur.FILTER).build();
    List<Candidate> candidates = new ArrayList<>();
    ScoreDoc[] docs = snapshot.searcher().search(query, CANDIDATES).scoreDocs;
    for (int rank = 0; rank < docs.length; rank++) {
      Article article = snapshot.load(docs[rank].doc);
      candidates.add(new Candidate(article, rank, draft.in(article.headlineText() + article.searchableText())));
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.overlap().share()).thenComparingInt(Candidate::rank));
    List<Candidate> kept = candidates.subList(0, Math.min(size, candidates.size()));
    List<SearchHit> hits = ArticleSearch.hits(snapshot, kept.stream().map(Candidate::article).toList(), List.of());
    List<DraftCheckResponse.Match> matches = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      TextOverlap.Overlap measured = kept.get(i).overlap();
      double share = Math.round(measured.share() * 1000) / 1000.0;
      matches.add(new DraftCheckResponse.Match(hits.get(i), share, measured.passageChars(), measured.passage()));
    }
    return new DraftCheckResponse(draft.characters(), matches);
  }

  private record Candidate(Article article, int rank, TextOverlap.Overlap overlap) {}
}
