package gongbao.cli;

import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.FileListing;
import gongbao.ingest.index.IngestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code gongbao ingest}: pages into the index. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads page files (.txt, .html) and folders, splits pages into articles and adds them to the index.",
      "Re-ingesting a page replaces its articles. Files that are not pages are skipped; a page that cannot be read",
      "fails with its reason in the report, and the run goes on."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--rebuild", description = "delete the index first and build it anew")
  boolean rebuild;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      defaultValue = "" + CorpusIngester.DEFAULT_CHECKPOINT_EVERY_PAGES,
      description = "commit progress every N files, so that a crash loses at most that much work (default: ${DEFAULT-VALUE})")
  int checkpointEvery;

  @Mixin TopicsOption topics;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per processor)")
  @Nullable Integer threads;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "page files or folders (e.g. corpus)")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
    }
    if (checkpointEvery < 1) {
      throw new ParameterException(spec.commandLine(), "--checkpoint-every must be at least 1");
    }
    IngestReport report =
        run(index.dir, paths, rebuild,
            new CorpusIngester(topics.taxonomy(), checkpointEvery, threads == null ? CorpusIngester.defaultThreads() : threads),
            ProgressBar.forTerminal(spec.commandLine().getErr()));
    spec.commandLine().getOut().print(report.toTable());
    spec.commandLine().getOut().flush();
    if (report.pages() == 0) {
      spec.commandLine().getErr().println("gongbao ingest: " + whyNothing(report));
      return 1; // a script must be able to tell that nothing was done
    }
    return 0;
  }

  /** Why a run ingested no page. */
  private String whyNothing(IngestReport report) {
    if (!report.failures().isEmpty()) {
      return "no page could be ingested; every failure is listed above";
    }
    if (report.skipped() > 0) {
      return "none of the files given is a page (.txt, .html or .htm); " + report.skipped() + " skipped";
    }
    return "no files to ingest in " + paths.stream().map(Path::toString).collect(Collectors.joining(", "));
  }

  static IngestReport run(
      Path indexDir, List<Path> paths, boolean rebuild, CorpusIngester ingester, CorpusIngester.Progress progress)
      throws IOException {
    FileListing listing = FileListing.of(paths); // before the index is touched: a mistyped path must not cost it
    if (rebuild) {
      IndexFolder.delete(indexDir); // checks, as below, that the folder holds nothing but the index
    } else {
      IndexFolder.checkHoldsOnlyAnIndex(indexDir);
    }
    Files.createDirectories(indexDir);
    try (ArticleIndexWriter writer = new ArticleIndexWriter(indexDir)) {
      return ingester.ingest(listing, writer, progress);
    }
  }
}
