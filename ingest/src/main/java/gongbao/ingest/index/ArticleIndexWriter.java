package gongbao.ingest.index;

import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.article.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles to the index on disk. A page's articles replace whatever the index held for that
 * page, so re-ingesting never duplicates. Each commit records the analyzer version.
 */
public final class ArticleIndexWriter implements Closeable {

  private final IndexWriter writer;

  public ArticleIndexWriter(Path indexDir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    this.writer = new IndexWriter(FSDirectory.open(indexDir), config);
    this.writer.setLiveCommitData(Map.of(IndexSchema.ANALYZER_VERSION_KEY, GongbaoAnalyzers.VERSION).entrySet());
  }

  /** Replaces the articles of one page; {@code articles} all come from the page {@code pageKey}. */
  public void replacePage(String pageKey, List<Article> articles) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.PAGE_KEY, pageKey));
    for (Article article : articles) {
      writer.addDocument(IndexSchema.toDocument(article));
    }
  }

  /** The writer, for readers that must see uncommitted changes (near-real-time search). */
  public IndexWriter luceneWriter() {
    return writer;
  }

  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
