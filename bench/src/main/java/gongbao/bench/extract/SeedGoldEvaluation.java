package gongbao.bench.extract;

import gongbao.bench.Folders;
import gongbao.bench.SharedData;
import gongbao.ingest.article.Article;
import gongbao.ingest.extract.MetadataExtractor;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.extract.evaluation.FieldScore;
import gongbao.ingest.extract.evaluation.GoldArticle;
import gongbao.ingest.extract.evaluation.MetadataScorer;
import gongbao.ingest.extract.evaluation.SeedCorpus;
import gongbao.ingest.extract.evaluation.SeedGold;
import gongbao.ingest.extract.region.RegionGazetteer;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Precision and recall of regions, unions, topics and persons against the hand-checked gold of the seed
 * pages: {@code bench/run SeedGoldEvaluation [--differences] [--taxonomy FILE] [--splitter]}.
 * With {@code --splitter}, the splitter's own articles are scored instead (those that hold a gold
 * article's first line). Articles are rebuilt from the gold's line
 * ranges, so the numbers measure the extraction, not the splitter.
 */
public final class SeedGoldEvaluation {

  private SeedGoldEvaluation() {}

  /**
   * The gold entries with their article replaced by the splitter's article that holds the entry's first
   * body line; entries without one are left out (the splitter cut them otherwise).
   */
  private static List<GoldArticle> onSplitterArticles(List<GoldArticle> gold) throws Exception {
    CorpusIngester ingester = new CorpusIngester();
    Map<String, List<Article>> pages = new HashMap<>();
    List<GoldArticle> matched = new ArrayList<>();
    for (GoldArticle entry : gold) {
      String file = entry.article().source().file();
      List<Article> split = pages.computeIfAbsent(file, key -> {
        try {
          return ingester.extract(Path.of(key));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      String firstLine = entry.article().paragraphs().get(0).text();
      for (Article article : split) {
        if (article.paragraphs().stream().anyMatch(paragraph -> paragraph.text().strip().equals(firstLine))) {
          matched.add(new GoldArticle(article, entry.paperRegion(), entry.regions(), entry.unions(), entry.topics(),
              entry.persons()));
          break;
        }
      }
    }
    return matched;
  }

  public static void main(String[] args) throws Exception {
    Path gold = Path.of("ingest/src/test/resources/gongbao/extract/seed-gold.json");
    Path seeds = SharedData.root().resolve("../seeds");
    if (!SeedCorpus.present(seeds)) {
      System.err.println("seed pages not found in " + seeds.toAbsolutePath() + " (beside the shared data folder)");
      System.exit(2);
    }
    Path seedCorpus = SeedCorpus.layOut(seeds, Path.of("corpus"), Files.createTempDirectory("gongbao-seeds"));
    List<GoldArticle> articles;
    int goldCount;
    try {
      articles = SeedGold.load(gold, seedCorpus);
      goldCount = articles.size();
      if (List.of(args).contains("--splitter")) {
        articles = onSplitterArticles(articles);
      }
    } finally {
      Folders.deleteTree(seedCorpus); // the pages are read: nothing below opens them
    }
    int taxonomyOption = List.of(args).indexOf("--taxonomy");
    TopicTaxonomy taxonomy = taxonomyOption >= 0
        ? TopicTaxonomy.load(Path.of(args[taxonomyOption + 1])) : TopicTaxonomy.builtIn();
    MetadataScorer.Result result =
        new MetadataScorer(new MetadataExtractor(RegionGazetteer.builtIn(), taxonomy)).score(articles);
    System.out.printf(Locale.ROOT, "seed gold: %d articles of 5 pages; scored: %d%s%n", goldCount, articles.size(),
        List.of(args).contains("--splitter") ? " (the splitter's articles that hold a gold article's first line)" : "");
    System.out.printf(Locale.ROOT, "%-8s %9s %9s %6s %6s %6s%n", "field", "extracted", "gold", "P", "R", "F1");
    for (FieldScore score : result.scores().values()) {
      System.out.printf(Locale.ROOT, "%-8s %9d %9d %6.3f %6.3f %6.3f%n", score.field(), score.extracted(),
          score.gold(), score.precision(), score.recall(), score.f1());
    }
    if (List.of(args).contains("--differences")) {
      for (MetadataScorer.Difference difference : result.differences()) {
        System.out.println(difference.field() + "\t" + difference.title() + "\tmissed " + difference.missed()
            + "\textra " + difference.extra());
      }
    }
  }
}
