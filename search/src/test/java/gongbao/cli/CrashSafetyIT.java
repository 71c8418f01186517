package gongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.Article;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.GeneratedCorpus;
import gongbao.search.SearchRequest;
import gongbao.search.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code gongbao ingest} in its own JVM, killed with SIGKILL at seeded random moments: the
 * index it leaves always opens and answers searches, holds every page it holds whole (never half a
 * page, never a duplicate), and re-running the ingest converges on exactly the expected articles.
 */
class CrashSafetyIT {

  private static final long SEED = 9_0009L;
  private static final int PAGES = 240;
  private static final int CHECKPOINT_EVERY = 20;
  private static final int KILLS_WANTED = 12;
  private static final int MAX_RUNS = 60;
  private static final int MAX_DELAY_MILLIS = 12_000;

  @TempDir Path temp;

  /** What a killed run left: ids per page. */
  private record IndexState(Map<String, Set<String>> idsByPage, List<String> duplicates, long searchTotal, boolean complete) {
    int articles() {
      return idsByPage.values().stream().mapToInt(Set::size).sum();
    }
  }

  @Test
  void an_ingest_killed_at_random_moments_leaves_an_index_that_opens_and_a_rerun_converges_exactly() throws Exception {
    Path corpus = GeneratedCorpus.write(temp.resolve("corpus"), PAGES, SEED);
    Path index = temp.resolve("index");
    Map<String, Set<String>> expected = expectedIdsByPage(corpus);
    int expectedArticles = expected.values().stream().mapToInt(Set::size).sum();
    Random random = new Random(SEED);

    int kills = 0;
    int mostArticlesAfterAKill = 0;
    int articlesAtFirstCheckpoint = 0;
    long maxDelayMillis = MAX_DELAY_MILLIS;
    for (int run = 0; run < MAX_RUNS && kills < KILLS_WANTED; run++) {
      long started = System.nanoTime();
      Process ingest = startIngest(index, corpus, temp.resolve("run-" + run + ".log"));
      if (run == 0) {
        // The first run is let reach its first checkpoint, and the time it took sets the range of
        // the kill moments: on a slow machine they spread as far into a run as on a fast one.
        articlesAtFirstCheckpoint = awaitFirstCheckpoint(index, ingest);
        maxDelayMillis = Math.max(MAX_DELAY_MILLIS, 2 * TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      }
      ingest.waitFor(random.nextLong(maxDelayMillis), TimeUnit.MILLISECONDS);
      if (!ingest.isAlive()) {
        assertEquals(0, ingest.exitValue(), Files.readString(temp.resolve("run-" + run + ".log")));
        continue;
      }
      ingest.destroyForcibly().waitFor();
      kills++;

      IndexState state = inspect(index);
      assertTrue(state.duplicates().isEmpty(), "duplicate ids after kill " + kills + ": " + state.duplicates());
      for (Map.Entry<String, Set<String>> page : state.idsByPage().entrySet()) {
        assertEquals(expected.get(page.getKey()), page.getValue(), "page " + page.getKey() + " is whole after kill " + kills);
      }
      assertTrue(state.searchTotal() <= state.articles());
      mostArticlesAfterAKill = Math.max(mostArticlesAfterAKill, state.articles());
    }
    assertTrue(kills >= 10, "only " + kills + " runs were killed before they finished");
    assertTrue(articlesAtFirstCheckpoint > 0 && mostArticlesAfterAKill >= articlesAtFirstCheckpoint,
        "the first checkpoint (" + articlesAtFirstCheckpoint + " articles) survived the kills: at most "
            + mostArticlesAfterAKill + " were left");

    Process rerun = startIngest(index, corpus, temp.resolve("rerun.log"));
    assertEquals(0, rerun.waitFor(), Files.readString(temp.resolve("rerun.log")));
    IndexState done = inspect(index);
    assertTrue(done.duplicates().isEmpty(), done.duplicates().toString());
    assertEquals(expected, done.idsByPage());
    assertEquals(expectedArticles, done.articles());
    assertTrue(done.complete(), "the finished run marks the index complete");
  }

  private static Map<String, Set<String>> expectedIdsByPage(Path corpus) throws Exception {
    CorpusIngester ingester = new CorpusIngester();
    Map<String, Set<String>> ids = new TreeMap<>();
    for (Path file : CorpusIngester.listFiles(List.of(corpus))) {
      if (!file.toString().endsWith(".txt")) {
        continue;
      }
      for (Article article : ingester.extract(file)) {
        ids.computeIfAbsent(IndexSchema.pageKey(article.id()), k -> new TreeSet<>()).add(article.id());
      }
    }
    return ids;
  }

  private static Process startIngest(Path index, Path corpus, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), GongbaoCommand.class.getName(),
            "ingest", "--index", index.toString(), "--checkpoint-every", Integer.toString(CHECKPOINT_EVERY), corpus.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /**
   * Waits until a fresh index has a commit holding articles (the run's first checkpoint), or the run
   * has ended; returns how many articles that commit holds.
   */
  private static int awaitFirstCheckpoint(Path index, Process ingest) throws Exception {
    int articles = 0;
    while (ingest.isAlive() && (articles = committedArticles(index)) == 0) {
      ingest.waitFor(20, TimeUnit.MILLISECONDS);
    }
    return articles;
  }

  private static int committedArticles(Path index) throws Exception {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs();
      }
    }
  }

  private static IndexState inspect(Path index) throws Exception {
    Map<String, Set<String>> idsByPage = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    boolean complete;
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      complete = ArticleIndexWriter.runComplete(reader.getIndexCommit().getUserData());
      Set<String> seen = new HashSet<>();
      for (var leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String id = stored.document(doc).get(IndexSchema.ID);
          if (!seen.add(id)) {
            duplicates.add(id);
          }
          idsByPage.computeIfAbsent(IndexSchema.pageKey(id), k -> new TreeSet<>()).add(id);
        }
      }
    }
    long searchTotal;
    try (Searcher searcher = Searcher.open(index)) {
      searchTotal = searcher.search(SearchRequest.of("工会")).total();
    }
    return new IndexState(idsByPage, duplicates, searchTotal, complete);
  }
}
