package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * One point-in-time view of the index for one request: a searcher of its own (so a time limit set on
 * it touches no other request), the facet state of its reader, and the papers' names.
 *
 * @param searcher runs under the request's time limit
 * @param facets null while the index holds no facet values
 */
record IndexSnapshot(
    IndexSearcher searcher, @Nullable SortedSetDocValuesReaderState facets, Map<String, String> paperNames) {

  /** A searcher over the same reader without a time limit, for work that must run to the end. */
  IndexSearcher untimedSearcher() {
    return new IndexSearcher(searcher.getIndexReader());
  }

  Article load(int doc) throws IOException {
    return ArticleJson.read(searcher.storedFields().document(doc).get(IndexSchema.ARTICLE_JSON));
  }

  String paperName(String paperId) {
    return paperNames.getOrDefault(paperId, paperId);
  }

  /** How many articles the index holds in the reprint cluster of this article. */
  int clusterSize(Article article) throws IOException {
    String cluster = article.cluster() == null ? article.id() : article.cluster();
    return Math.max(1, searcher.count(new TermQuery(new Term(IndexSchema.CLUSTER, cluster))));
  }
}
