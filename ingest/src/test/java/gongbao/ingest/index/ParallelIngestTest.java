package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelIngestTest {

  @TempDir Path temp;

  private static final String STORY =
      "本报讯 近日,市总工会在城区新建十二个户外劳动者服务站点,外卖骑手、快递员和环卫工人可以在站点歇脚、充电、喝水、"
          + "加热午餐。站点由工会与街道共建,配有急救箱和图书角,每天早七点至晚九点开放,已服务职工三千余人次。";

  /** A long second article for the first page, so that its reprints on later pages are read before it is done. */
  private static final String LONG_ARTICLE = "\n\n职工书屋扩建\n\n本报讯 "
      + "职工书屋扩建后藏书翻了一番,新增电子阅览区和亲子阅读角,夜班职工也能在下班后借书还书。".repeat(2_500);

  /**
   * Twenty pages; every fourth one reprints the same story, so reprint clusters are exercised. The first printing's
   * page is by far the longest: with two threads its reprints reach clustering first unless clusters are assigned in
   * page order.
   */
  private Path corpus() throws Exception {
    Path issue = temp.resolve("corpus/gr/2024-05-01");
    Files.createDirectories(issue);
    Files.writeString(temp.resolve("corpus/gr/paper.json"), "{\"name\": \"工人日报\"}");
    for (int i = 0; i < 20; i++) {
      String body = i % 4 == 0 ? STORY : "本报讯 第" + i + "届职工技能大赛在厂区举行,百余名职工参赛,比赛设焊工、电工等" + i + "个项目。";
      String page = "第" + i + "版要闻\n\n" + body + (i == 0 ? LONG_ARTICLE : "") + "\n";
      Files.writeString(issue.resolve(String.format("%02d.txt", i)), page);
    }
    return temp.resolve("corpus");
  }

  private Map<String, String> ingest(Path corpus, int threads) throws Exception {
    Path index = temp.resolve("index-" + threads);
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      IngestReport report = new CorpusIngester(TopicTaxonomy.builtIn(), 1000, threads)
          .ingest(List.of(corpus), writer, CorpusIngester.Progress.NONE);
      assertEquals(20, report.pages(), report.toTable());
    }
    Map<String, String> clusters = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Article article = ArticleJson.read(stored.document(doc).get(IndexSchema.ARTICLE_JSON));
        clusters.put(article.id(), article.cluster() + " " + article.title() + " " + article.topics());
      }
    }
    return clusters;
  }

  @Test
  void two_threads_index_the_same_articles_with_the_same_reprint_clusters_as_one() throws Exception {
    Path corpus = corpus();
    Map<String, String> single = ingest(corpus, 1);
    Map<String, String> parallel = ingest(corpus, 2);
    assertEquals(single, parallel);
    long reprinted = single.values().stream().filter(v -> v.startsWith("gr:2024-05-01:00:")).count();
    assertTrue(reprinted >= 5, "the five printings of the story share the first one's cluster: " + single);
  }
}
