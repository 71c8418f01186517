package gongbao.cli;

import gongbao.ingest.article.ArticleJson;
import gongbao.search.Searcher;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gongbao stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Prints what the index holds (articles, pages, papers, date range, analyzer version) as JSON.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Override
  public Integer call() throws IOException {
    try (Searcher searcher = Searcher.open(index.dir)) {
      spec.commandLine().getOut().println(
          ArticleJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(searcher.stats()));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
