package gongbao.bench.analysis;

import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/** Builds in-memory indexes of the rmrb articles for the evaluations. */
final class RankingIndexes {

  static final String HEADLINE = "headline";
  static final String BODY = "body";

  private RankingIndexes() {}

  /** Gongbao's four text fields, analysed as in the product, plus the id. */
  static Directory gongbao(List<RmrbArticle> articles) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, config(IndexSchema.analyzer()))) {
      for (RmrbArticle article : articles) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, article.id(), Field.Store.YES));
        doc.add(new TextField(IndexSchema.HEADLINE_WORDS, article.headline(), Field.Store.NO));
        doc.add(new TextField(IndexSchema.HEADLINE_CHARS, article.headline(), Field.Store.NO));
        doc.add(new TextField(IndexSchema.BODY_WORDS, article.body(), Field.Store.NO));
        doc.add(new TextField(IndexSchema.BODY_CHARS, article.body(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return directory;
  }

  /** A headline field and a body field, both analysed by {@code analyzer}, plus the id. */
  static Directory twoFields(List<RmrbArticle> articles, Analyzer analyzer) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, config(GongbaoAnalyzers.perField(Map.of(HEADLINE, analyzer, BODY, analyzer))))) {
      for (RmrbArticle article : articles) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, article.id(), Field.Store.YES));
        doc.add(new TextField(HEADLINE, article.headline(), Field.Store.NO));
        doc.add(new TextField(BODY, article.body(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return directory;
  }

  /**
   * What a plain Lucene setup does with a query: its tokens OR-ed over the headline (weighted like
   * Gongbao's) and body fields.
   */
  static Query anyToken(Analyzer analyzer, String headlineField, String bodyField, String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String token : GongbaoAnalyzers.tokens(analyzer, text)) {
      any.add(new BoostQuery(new TermQuery(new Term(headlineField, token)), IndexSchema.HEADLINE_BOOST), Occur.SHOULD);
      any.add(new TermQuery(new Term(bodyField, token)), Occur.SHOULD);
    }
    return any.build();
  }

  private static IndexWriterConfig config(Analyzer analyzer) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(256);
    return config;
  }
}
