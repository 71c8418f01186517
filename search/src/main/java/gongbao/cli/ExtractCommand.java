package gongbao.cli;

import gongbao.ingest.IngestException;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.index.CorpusIngester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongbao extract}: one page's articles as JSON, without an index. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Prints the articles of one page file as a JSON array (the article model), touching no index.")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "a page file (.txt or .html)")
  Path file;

  @Override
  public Integer call() throws IOException, IngestException {
    List<Article> articles = new CorpusIngester().extract(file);
    spec.commandLine().getOut().println(
        ArticleJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(articles));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
