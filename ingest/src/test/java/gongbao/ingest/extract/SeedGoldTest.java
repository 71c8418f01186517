package gongbao.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gongbao.ingest.extract.evaluation.FieldScore;
import gongbao.ingest.extract.evaluation.GoldArticle;
import gongbao.ingest.extract.evaluation.MetadataScorer;
import gongbao.ingest.extract.evaluation.SeedCorpus;
import gongbao.ingest.extract.evaluation.SeedGold;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction against the hand-checked gold of every article of the seed pages ({@code ../shared/seeds}, skipped
 * when absent). The
 * floors are the levels reached (EVALUATION.md): topics 0.913, one more difference and it fails.
 */
class SeedGoldTest {

  private static final Map<String, Double> FLOORS =
      Map.of("regions", 0.9, "about", 0.9, "unions", 0.9, "persons", 0.9, "topics", 0.91);

  @TempDir Path seedCorpus;

  @Test
  void extraction_reaches_the_measured_precision_and_recall_on_the_seed_pages() throws Exception {
    Path seeds = Path.of("../../shared/seeds");
    assumeTrue(SeedCorpus.present(seeds), "the seed pages are not in " + seeds);
    Path gold = Path.of(SeedGoldTest.class.getResource("/gongbao/extract/seed-gold.json").toURI());
    List<GoldArticle> articles = SeedGold.load(gold, SeedCorpus.layOut(seeds, Path.of("../corpus"), seedCorpus));
    assertTrue(articles.size() >= 46);
    MetadataScorer.Result result = new MetadataScorer(MetadataExtractor.builtIn()).score(articles);
    assertEquals(FLOORS.keySet(), result.scores().values().stream().map(FieldScore::field).collect(Collectors.toSet()),
        "every field is scored");
    for (FieldScore score : result.scores().values()) {
      double floor = FLOORS.get(score.field());
      assertTrue(score.precision() >= floor && score.recall() >= floor,
          score + " P=" + score.precision() + " R=" + score.recall() + " differences: " + result.differences());
    }
  }
}
