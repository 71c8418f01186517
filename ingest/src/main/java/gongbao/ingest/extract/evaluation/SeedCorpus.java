package gongbao.ingest.extract.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The five seed pages of union papers ({@code ../shared/seeds}, test data that the project does not ship) laid out as a
 * corpus, each under its paper's folder with the paper's {@code paper.json} from the project's own {@code corpus/}, so
 * that they read as the ingest reads any page: {@code grrb/undated/000_….txt}. The seed gold ({@link SeedGold}) and the
 * splitter's golden tests name the pages by these paths.
 */
public final class SeedCorpus {

  private static final Map<String, String> PAPER_OF_SEED = Map.of(
      "000_d1fc5789b7b80ff6.txt", "grrb",
      "001_653ed477d13e3101.txt", "zjgrb",
      "002_275f075df0088502.txt", "zjgrb",
      "003_4ad8dda8878dd78b.txt", "yancheng-union",
      "004_daa796f06ba2c110.txt", "grrb");

  private SeedCorpus() {}

  /** True when every seed page is in {@code seeds}. */
  public static boolean present(Path seeds) {
    return PAPER_OF_SEED.keySet().stream().allMatch(name -> Files.isRegularFile(seeds.resolve(name)));
  }

  /** Copies the seed pages from {@code seeds} into {@code target}, with the papers' files from {@code corpus}. */
  public static Path layOut(Path seeds, Path corpus, Path target) throws IOException {
    for (Map.Entry<String, String> seed : PAPER_OF_SEED.entrySet()) {
      Path paper = target.resolve(seed.getValue());
      Files.createDirectories(paper.resolve("undated"));
      Files.copy(seeds.resolve(seed.getKey()), paper.resolve("undated").resolve(seed.getKey()),
          StandardCopyOption.REPLACE_EXISTING);
      Files.copy(corpus.resolve(seed.getValue()).resolve("paper.json"), paper.resolve("paper.json"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
