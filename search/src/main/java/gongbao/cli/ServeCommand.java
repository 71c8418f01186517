package gongbao.cli;

import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.index.IngestReport;
import gongbao.search.Searcher;
import gongbao.search.web.GongbaoApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongbao serve}: the web page and the JSON API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the web server: the search page at / and the JSON API under /api/v1.",
      "If the index is missing or older than the corpus, the corpus is ingested first."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "corpus folder to ingest when the index is missing or stale (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (IndexFolder.analyzerMismatch(index.dir)) {
      err.printf(
          "gongbao serve: the index in %s was built with analyzer %s, this program uses %s: re-index with%n"
              + "  gongbao ingest --rebuild --index %s %s%n",
          index.dir, IndexFolder.analyzerVersion(index.dir).orElse("?"), GongbaoAnalyzers.VERSION, index.dir, corpus);
      return 1;
    }
    ingestCorpusIfStale(err);
    Searcher searcher = Searcher.open(index.dir);
    Javalin app = new GongbaoApp(searcher).javalin();
    app.start(host, port);
    err.printf("gongbao: serving %s on http://localhost:%d/%n", index.dir, app.port());
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    stopped.await();
    searcher.close();
    return 0;
  }

  private void ingestCorpusIfStale(PrintWriter err) throws IOException {
    boolean missing = IndexFolder.analyzerVersion(index.dir).isEmpty();
    if (!missing && (!Files.isDirectory(corpus) || !IndexFolder.olderThan(index.dir, corpus))) {
      return;
    }
    if (!Files.isDirectory(corpus)) {
      throw new IOException("no index in " + index.dir + " and no corpus folder " + corpus + " to build it from");
    }
    err.printf("gongbao: %s %s from %s%n", missing ? "building the index in" : "updating the index in", index.dir, corpus);
    IngestReport report = IngestCommand.run(index.dir, List.of(corpus), false, ProgressBar.forTerminal(err));
    err.print(report.toTable());
    err.flush();
  }
}
