package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed pages of {@code corpus/}, split and compared exactly with the articles an editor expects
 * ({@code split/<case>.expected.json}, written by reading the page). Run with {@code
 * -Dgolden.update=true} to rewrite the expected files on purpose, then review the diff.
 */
class SplitGoldenTest {

  private static final Path EXPECTED = Path.of("src/test/resources/split");
  private static final ObjectMapper JSON = ArticleJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "000_grrb_skills_page, ../corpus/grrb/undated/000_d1fc5789b7b80ff6.txt",
    "001_zjgrb_new_forms_page, ../corpus/zjgrb/undated/001_653ed477d13e3101.txt",
    "002_zjgrb_model_workers_page, ../corpus/zjgrb/undated/002_275f075df0088502.txt",
    "003_yancheng_news_page, ../corpus/yancheng-union/undated/003_4ad8dda8878dd78b.txt",
    "004_grrb_grassroots_page, ../corpus/grrb/undated/004_daa796f06ba2c110.txt",
  })
  void seed_page_splits_into_the_articles_an_editor_sees(String name, String corpusFile) throws Exception {
    Page page = new PageReader(new PaperCatalog()).read(Path.of(corpusFile));
    List<Article> articles = new ArticleSplitter().split(page);
    String actual = JSON.writeValueAsString(articles) + "\n";
    Path expected = EXPECTED.resolve(name + ".expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
  }
}
