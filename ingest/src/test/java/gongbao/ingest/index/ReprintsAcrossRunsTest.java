package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story ingested in one run and its reprint ingested in a later run share one cluster. */
class ReprintsAcrossRunsTest {

  @TempDir Path temp;

  private static final String STORY = "近日,慈溪市总工会在骑手驿站为当月过生日的快递员举行集体生日会,送上蛋糕和慰问品。"
      + "据悉,慈溪市总工会已将这一活动推广到全市11家骑手驿站,每月为当月过生日的快递员等新就业形态劳动者举行集体生日会,"
      + "让他们在城市里感受到家的温暖。";

  private static final String OTHER = "本报讯 技能大赛在厂区举行,百余名职工参赛,比赛设电工、焊工、钳工三个项目,"
      + "获奖职工将被推荐参加全市职工职业技能大赛,优胜者可获评技术能手称号并晋升相应职业技能等级。";

  @Test
  void a_reprint_ingested_later_joins_the_cluster_of_the_story_already_in_the_index() throws Exception {
    Path index = temp.resolve("index");
    ingest(page("zj", "2024-05-01", "快递小哥过生日\n\n本报讯 " + STORY + "\n\n技能大赛举行\n\n" + OTHER), index);
    ingest(page("nb", "2024-05-03", "骑手驿站里的生日会\n\n本报讯 " + STORY + "\n"), index);

    Map<String, String> clusters = clusters(index);
    assertEquals(3, clusters.size(), clusters.toString());
    String first = "zj:2024-05-01:01:1";
    assertEquals(first, clusters.get(first));
    assertEquals(first, clusters.get("nb:2024-05-03:01:1"), clusters.toString());
    assertEquals("zj:2024-05-01:01:2", clusters.get("zj:2024-05-01:01:2"));
  }

  @Test
  void re_ingesting_a_page_keeps_its_clusters() throws Exception {
    Path index = temp.resolve("index");
    Path zj = page("zj", "2024-05-01", "快递小哥过生日\n\n本报讯 " + STORY + "\n");
    Path nb = page("nb", "2024-05-03", "骑手驿站里的生日会\n\n本报讯 " + STORY + "\n");
    ingest(zj, index);
    ingest(nb, index);
    Map<String, String> before = clusters(index);

    ingest(zj, index);
    ingest(nb, index);

    assertEquals(before, clusters(index));
  }

  private Path page(String paper, String date, String text) throws Exception {
    Path file = temp.resolve("corpus-" + paper).resolve(paper).resolve(date).resolve("01.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file.getParent().getParent().resolve("paper.json"), "{\"name\": \"" + paper + "\"}");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void ingest(Path file, Path index) throws Exception {
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      new CorpusIngester().ingest(List.of(file), writer, CorpusIngester.Progress.NONE);
    }
  }

  /** Article id to cluster id, for every article in the index. */
  private static Map<String, String> clusters(Path index) throws Exception {
    Map<String, String> clusters = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
        SortedDocValues cluster = leaf.reader().getSortedDocValues(IndexSchema.CLUSTER);
        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
            cluster.advanceExact(doc);
            clusters.put(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                cluster.lookupOrd(cluster.ordValue()).utf8ToString());
          }
        }
      }
    }
    return clusters;
  }
}
