package gongbao.cli;

import gongbao.ingest.extract.topic.TopicTaxonomy;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import gongbao.ingest.index.AnalyzerVersionCheck;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.search.PageUploads;
import gongbao.search.SearchRequest;
import gongbao.search.Searcher;
import gongbao.search.web.GongbaoApp;
import gongbao.search.web.RateLimit;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
  @Mixin TopicsOption topics;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "corpus folder to ingest when the index is missing or stale (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(
      names = "--admin-token-file",
      paramLabel = "FILE",
      description = "file holding the bearer token that enables POST /api/v1/admin/ingest (or set GONGBAO_ADMIN_TOKEN); off when neither is given")
  Path adminTokenFile;

  @Option(names = "--uploads", paramLabel = "DIR", defaultValue = "var/uploads", description = "where uploaded pages are kept (default: ${DEFAULT-VALUE})")
  Path uploads;

  @Option(
      names = "--rate-limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "requests a second allowed per client address, with bursts of ten seconds' worth; 0 for no limit (default: ${DEFAULT-VALUE})")
  double rateLimit;

  private static final int MAX_PORT = 65_535;

  /** Shortest admin token accepted, in characters. */
  static final int MIN_TOKEN_CHARS = 16;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!(rateLimit >= 0) || Double.isInfinite(rateLimit)) {
      throw new ParameterException(spec.commandLine(), "--rate-limit must be a number, 0 (off) or more");
    }
    checkAddress();
    TopicTaxonomy taxonomy = topics.taxonomy(); // read now: a bad file is told at start, not at a later re-ingest
    PrintWriter err = spec.commandLine().getErr();
    AnalyzerVersionCheck.Result version = AnalyzerVersionCheck.check(index.dir);
    if (version.reindexNeeded()) {
      err.printf("gongbao serve: %s: %s; rebuild it with%n  gongbao ingest --rebuild --index %s %s%n",
          index.dir, version.message(), index.dir,
          pages().stream().map(Path::toString).collect(Collectors.joining(" ")));
      return 1;
    }
    String token = adminToken();
    if (token != null) {
      prepareUploads();
    }
    ingestCorpusIfStale(taxonomy, err);
    ArticleIndexWriter writer = token == null ? null : new ArticleIndexWriter(index.dir);
    Searcher searcher =
        writer == null ? Searcher.open(index.dir) : Searcher.nearRealTime(writer, Searcher.DEFAULT_TIMEOUT_MILLIS);
    PageUploads pageUploads =
        writer == null ? null : new PageUploads(uploads, corpus, writer, searcher, taxonomy);
    searcher.search(SearchRequest.of("工会"));
    Javalin app = new GongbaoApp(searcher, token, pageUploads, RateLimit.perSecond(rateLimit)).javalin();
    app.start(host, port);
    err.printf("gongbao: serving %s on http://localhost:%d/ (admin uploads %s)%n",
        index.dir, app.port(), token == null ? "off" : "on, into " + uploads);
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    stopped.await();
    searcher.close();
    if (writer != null) {
      writer.close();
    }
    return 0;
  }

  /**
   * Refuses, before any work is done, an address the server could not listen on, saying why: a port out of range or
   * a host that names no address is wrong usage; a port another program holds, or an address not of this machine, is a
   * one-line error (Javalin would say "port already in use" for both, after a stack trace).
   */
  private void checkAddress() throws IOException {
    if (port < 0 || port > MAX_PORT) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and " + MAX_PORT + ", not " + port);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException unknown) {
      throw new ParameterException(spec.commandLine(), "--host '" + host + "' names no address");
    }
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(address, port));
    } catch (BindException taken) {
      throw new IOException("cannot listen on " + host + ":" + port + " (" + taken.getMessage()
          + "): the port may be another program's, or the address not this machine's; choose another --port or --host");
    }
  }

  /**
   * What the index is built from: the corpus, and the pages uploaded to earlier runs of the server, so that a rebuilt
   * index keeps them. A page of the corpus uploaded again (a correction) is read from the corpus, its upload reported.
   */
  private List<Path> pages() {
    return Files.isDirectory(uploads) ? List.of(corpus, uploads) : List.of(corpus);
  }

  /** Makes the uploads folder if missing: a server that could not keep an upload refuses to start, not to upload. */
  private void prepareUploads() throws IOException {
    Files.createDirectories(uploads);
    if (!Files.isWritable(uploads)) {
      throw new IOException("the uploads folder " + uploads + " cannot be written to");
    }
  }

  /** The admin token from --admin-token-file or GONGBAO_ADMIN_TOKEN; null when uploads are off. */
  private String adminToken() throws IOException {
    String given = adminTokenFile != null ? Files.readString(adminTokenFile) : System.getenv("GONGBAO_ADMIN_TOKEN");
    if (given == null || given.isBlank()) {
      return null;
    }
    String token = given.strip();
    if (token.length() < MIN_TOKEN_CHARS) { // counted without the spaces around it, which a bearer header drops
      throw new IOException("the admin token must be at least " + MIN_TOKEN_CHARS + " characters long");
    }
    return token;
  }

  private void ingestCorpusIfStale(TopicTaxonomy taxonomy, PrintWriter err) throws IOException {
    boolean missing = !AnalyzerVersionCheck.check(index.dir).indexExists();
    boolean unfinished = !missing && IndexFolder.unfinished(index.dir);
    if (!missing && !unfinished && (!Files.isDirectory(corpus) || !IndexFolder.olderThan(index.dir, corpus))) {
      return;
    }
    if (!Files.isDirectory(corpus)) {
      throw new IOException("no index in " + index.dir + " and no corpus folder " + corpus + " to build it from");
    }
    IndexFolder.checkHoldsOnlyAnIndex(index.dir);
    err.printf("gongbao: %s %s from %s%n",
        missing ? "building the index in" : unfinished ? "finishing the interrupted ingest into" : "updating the index in",
        index.dir, pages().stream().map(Path::toString).collect(Collectors.joining(" and ")));
    CorpusIngester ingester = new CorpusIngester(
        taxonomy, CorpusIngester.DEFAULT_CHECKPOINT_EVERY_PAGES, CorpusIngester.defaultThreads());
    IngestReport report =
        IngestCommand.run(index.dir, pages(), false, ingester, ProgressBar.forTerminal(err));
    err.print(report.toTable());
    err.flush();
  }
}
