package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.RelatedResponse;
import gongbao.search.api.SearchHit;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** More-like-this over the word fields, with reprints of the same story kept apart. */
final class RelatedArticles {

  private static final int MAX_REPRINTS = 50;
  private static final int MAX_QUERY_TERMS = 30;

  private RelatedArticles() {}

  static RelatedResponse find(IndexSnapshot snapshot, int doc, int size) throws IOException {
    Article article = snapshot.load(doc);
    String cluster = article.cluster() == null ? article.id() : article.cluster();
    Query sameStory = new TermQuery(new Term(IndexSchema.CLUSTER, cluster));
    Query self = new TermQuery(new Term(IndexSchema.ID, article.id()));

    Query reprintQuery = new BooleanQuery.Builder().add(sameStory, Occur.FILTER).add(self, Occur.MUST_NOT).build();
    List<SearchHit> reprints =
        hits(snapshot, snapshot.searcher().search(reprintQuery, MAX_REPRINTS, snapshot.sort(SortOrder.OLDEST)).scoreDocs);

    Query like = likeText(snapshot, article.headlineText() + article.searchableText());
    Query relatedQuery =
        new BooleanQuery.Builder().add(like, Occur.MUST).add(sameStory, Occur.MUST_NOT).add(self, Occur.MUST_NOT).build();
    List<SearchHit> related =
        hits(snapshot, snapshot.searcher().search(relatedQuery, size, snapshot.sort(SortOrder.RELEVANCE)).scoreDocs);
    return new RelatedResponse(article.id(), reprints, related);
  }

  /** Articles like {@code text} in subject: its most telling words, weighed by how rare they are in the index. */
  static Query likeText(IndexSnapshot snapshot, String text) throws IOException {
    MoreLikeThis moreLikeThis = new MoreLikeThis(snapshot.searcher().getIndexReader());
    moreLikeThis.setAnalyzer(IndexSchema.analyzer());
    moreLikeThis.setFieldNames(new String[] {IndexSchema.BODY_WORDS});
    moreLikeThis.setMinTermFreq(1);
    moreLikeThis.setMinDocFreq(1);
    moreLikeThis.setMinWordLen(2);
    moreLikeThis.setMaxQueryTerms(MAX_QUERY_TERMS);
    return moreLikeThis.like(IndexSchema.BODY_WORDS, new StringReader(text));
  }

  private static List<SearchHit> hits(IndexSnapshot snapshot, ScoreDoc[] docs) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (ScoreDoc doc : docs) {
      articles.add(snapshot.load(doc.doc));
    }
    return ArticleSearch.hits(snapshot, articles, List.of());
  }

}
