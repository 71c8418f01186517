package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gongbao.ingest.extract.evaluation.SeedCorpus;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed pages ({@code ../shared/seeds}, laid out as a corpus by {@link SeedCorpus}; skipped when they are
 * absent) and the pages bundled in {@code corpus/}, split and compared exactly with the articles an editor expects
 * ({@code split/<case>.expected.json}, written by reading the page; the seed pages' files are named as if they lay
 * in {@code ../corpus}). Run with {@code -Dgolden.update=true} to rewrite the expected files on purpose, then review
 * the diff.
 */
class SplitGoldenTest {

  private static final Path EXPECTED = Path.of("src/test/resources/split");
  private static final Path SEEDS = Path.of("../../shared/seeds");
  private static final ObjectMapper JSON = ArticleJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TempDir static Path seedCorpus;

  /** The seed pages laid out once for the class, when they are there; their tests skip otherwise. */
  @BeforeAll
  static void layOutSeeds() throws Exception {
    if (SeedCorpus.present(SEEDS)) {
      SeedCorpus.layOut(SEEDS, Path.of("../corpus"), seedCorpus);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "000_grrb_skills_page, grrb/undated/000_d1fc5789b7b80ff6.txt",
    "001_zjgrb_new_forms_page, zjgrb/undated/001_653ed477d13e3101.txt",
    "002_zjgrb_model_workers_page, zjgrb/undated/002_275f075df0088502.txt",
    "003_yancheng_news_page, yancheng-union/undated/003_4ad8dda8878dd78b.txt",
    "004_grrb_grassroots_page, grrb/undated/004_daa796f06ba2c110.txt",
  })
  void seed_page_splits_into_the_articles_an_editor_sees(String name, String seedFile) throws Exception {
    assumeTrue(SeedCorpus.present(SEEDS), "the seed pages are not in " + SEEDS);
    Page page = new PageReader(new PaperCatalog()).read(seedCorpus.resolve(seedFile));
    List<Article> articles = new ArticleSplitter().split(page);
    assertSplitsAsExpected(name, JSON.writeValueAsString(articles).replace(seedCorpus.toString(), "../corpus"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "corpus_grrb_model_workers_page, ../corpus/grrb/2024-04-28/01.txt",
    "corpus_zjgrb_provincial_page, ../corpus/zjgrb/2024-05-06/02.txt",
    "corpus_yancheng_news_page, ../corpus/yancheng-union/2024-05-10/03.txt",
  })
  void bundled_page_splits_into_the_articles_an_editor_sees(String name, String corpusFile) throws Exception {
    Page page = new PageReader(new PaperCatalog()).read(Path.of(corpusFile));
    assertSplitsAsExpected(name, JSON.writeValueAsString(new ArticleSplitter().split(page)));
  }

  private static void assertSplitsAsExpected(String name, String json) throws Exception {
    String actual = json + "\n";
    Path expected = EXPECTED.resolve(name + ".expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
  }
}
