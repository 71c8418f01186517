package gongbao.search;

import gongbao.ingest.article.TopicScore;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Labels of topic ids. The index keeps topics by id (facets, filters, trends); each article keeps
 * the label with the id, so the label of an id is read from one article that carries it.
 */
final class TopicLabels {

  private TopicLabels() {}

  /** The label of each id that some article carries; ids no article carries are left out. */
  static Map<String, String> read(IndexSnapshot snapshot, Collection<String> ids) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String id : ids) {
      TopDocs top = snapshot.searcher().search(new TermQuery(new Term(IndexSchema.TOPIC, id)), 1);
      if (top.scoreDocs.length == 0) {
        continue;
      }
      for (TopicScore topic : snapshot.load(top.scoreDocs[0].doc).topics()) {
        if (topic.id().equals(id)) {
          labels.put(id, topic.label());
        }
      }
    }
    return labels;
  }
}
