package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * One point-in-time view of the index for one request: a searcher of its own (so a time limit set on
 * it touches no other request), the facet state of its reader, and the papers' names.
 *
 * @param searcher runs under the request's time limit
 * @param facets the reader's facet values and state; null while the index holds no facet values
 * @param ids the order of the reader's article ids
 */
record IndexSnapshot(
    IndexSearcher searcher, @Nullable FacetOrdinals facets, IdOrder ids, Map<String, String> paperNames) {

  /** Results in {@code order}; every order breaks ties by article id, so results and cursors are stable. */
  Sort sort(SortOrder order) {
    if (order == SortOrder.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, ids.sortField());
    }
    boolean newest = order == SortOrder.NEWEST;
    SortField byDate = new SortField(IndexSchema.DATE, SortField.Type.LONG, newest);
    byDate.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(byDate, ids.sortField());
  }

  Article load(int doc) throws IOException {
    return ArticleJson.read(searcher.storedFields().document(doc).get(IndexSchema.ARTICLE_JSON));
  }

  /**
   * The article stored for {@code doc} as an answer gives it whole (the article route, the JSON lines export): its
   * source file named by its place in the corpus layout ({@link gongbao.ingest.article.Source#inCorpusLayout}), so
   * that no answer names the server's folders, whatever path the page was ingested by.
   */
  Article loadWhole(int doc) throws IOException {
    Article stored = load(doc);
    return stored.withSource(stored.source().inCorpusLayout(stored.paper()));
  }

  String paperName(String paperId) {
    return paperNames.getOrDefault(paperId, paperId);
  }

  /**
   * How many articles the index holds in each reprint cluster of these articles, counted in one
   * pass; an article without a cluster is a story printed once.
   */
  Map<String, Integer> clusterSizes(List<Article> articles) throws IOException {
    Set<String> clusters = new HashSet<>();
    for (Article article : articles) {
      if (article.cluster() != null) {
        clusters.add(article.cluster());
      }
    }
    Map<String, Integer> sizes = new HashMap<>();
    if (clusters.isEmpty()) {
      return sizes;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clusters.forEach(c -> any.add(new TermQuery(new Term(IndexSchema.CLUSTER, c)), BooleanClause.Occur.SHOULD));
    searcher.search(any.build(), new SimpleCollector() {
      private SortedDocValues values;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = context.reader().getSortedDocValues(IndexSchema.CLUSTER);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (values != null && values.advanceExact(doc)) {
          sizes.merge(values.lookupOrd(values.ordValue()).utf8ToString(), 1, Integer::sum);
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return sizes;
  }
}
