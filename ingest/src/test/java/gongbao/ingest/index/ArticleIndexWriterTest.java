package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexWriterTest {

  /** How many times the reader must look at a page being replaced before the test believes it never half-vanishes. */
  private static final int MIN_LOOKS = 300;

  private static final String PAGE = "职工书屋开放\n\n本报讯 近日,职工书屋正式开放。\n\n技能大赛举行\n\n本报讯 技能大赛在厂区举行。\n\n"
      + "送清凉\n\n本报讯 工会为户外劳动者送清凉。\n";

  @TempDir Path temp;

  private List<Article> articles() throws Exception {
    Path file = temp.resolve("corpus/gr/2024-05-01/01.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, PAGE);
    return new CorpusIngester().extract(file);
  }

  @Test
  void a_page_being_replaced_never_half_disappears_for_a_near_real_time_reader() throws Exception {
    List<Article> articles = articles();
    String pageKey = IndexSchema.pageKey(articles.get(0).id());
    try (ArticleIndexWriter writer = new ArticleIndexWriter(temp.resolve("index"))) {
      writer.replacePage(pageKey, articles);
      AtomicBoolean replacing = new AtomicBoolean(true);
      Semaphore looked = new Semaphore(0);
      ExecutorService reader = Executors.newSingleThreadExecutor();
      Future<List<Integer>> seen = reader.submit(() -> {
        List<Integer> counts = new ArrayList<>();
        DirectoryReader nrt = DirectoryReader.open(writer.luceneWriter());
        while (replacing.get() || counts.isEmpty()) {
          DirectoryReader changed = DirectoryReader.openIfChanged(nrt, writer.luceneWriter());
          if (changed != null) {
            nrt.close();
            nrt = changed;
          }
          counts.add(new IndexSearcher(nrt).count(new TermQuery(new Term(IndexSchema.PAGE_KEY, pageKey))));
          looked.release();
        }
        nrt.close();
        return counts;
      });
      // replace until the reader has looked often enough to catch a half-replaced page; on a busy machine the reader
      // may get little time, so every hundred replacements wait for it to have looked once (bounded, should it stall)
      int looks = 0;
      for (int i = 0; i < 2_000 || looks < MIN_LOOKS; i++) {
        writer.replacePage(pageKey, articles);
        if (i % 100 == 99) {
          if (!looked.tryAcquire(30, TimeUnit.SECONDS)) {
            break;
          }
          looks += 1 + looked.drainPermits();
        }
      }
      replacing.set(false);
      List<Integer> counts = seen.get();
      reader.shutdown();
      assertTrue(counts.size() >= MIN_LOOKS, "the reader looked " + counts.size() + " times");
      assertTrue(counts.stream().allMatch(c -> c == articles.size()), "page counts seen: " + counts.stream().distinct().toList());
    }
  }

  @Test
  void a_new_index_opens_at_once_and_is_marked_unfinished_until_a_run_commits() throws Exception {
    Path index = temp.resolve("index");
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        assertEquals(0, reader.numDocs());
        assertFalse(ArticleIndexWriter.runComplete(reader.getIndexCommit().getUserData()));
      }
      writer.replacePage("gr:2024-05-01:01", articles());
      writer.checkpoint();
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        assertEquals(3, reader.numDocs());
        assertFalse(ArticleIndexWriter.runComplete(reader.getIndexCommit().getUserData()));
      }
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(ArticleIndexWriter.runComplete(reader.getIndexCommit().getUserData()));
    }
  }

  @Test
  void replacing_a_page_with_no_articles_deletes_it_instead_of_tripping_the_writer() throws Exception {
    List<Article> articles = articles();
    Path index = temp.resolve("index-empty-page");
    String pageKey = IndexSchema.pageKey(articles.get(0).id());
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      writer.replacePage(pageKey, articles);
      writer.commit();
      writer.replacePage(pageKey, List.of());
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(0, reader.numDocs());
    }
  }

  @Test
  void the_ram_buffer_is_an_eighth_of_the_heap_within_bounds() {
    long mib = 1024 * 1024;
    assertEquals(32, ArticleIndexWriter.ramBufferMb(64 * mib));
    assertEquals(128, ArticleIndexWriter.ramBufferMb(1024 * mib));
    assertEquals(512, ArticleIndexWriter.ramBufferMb(24 * 1024 * mib));
  }
}
