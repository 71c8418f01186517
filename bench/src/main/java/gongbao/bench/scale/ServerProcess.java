package gongbao.bench.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The real server, {@code gongbao serve}, as a separate process on a free loopback port, with rate limiting off (all benchmark clients share one address). */
final class ServerProcess implements AutoCloseable {

  private static final long START_LIMIT_MILLIS = 180_000;

  private final Process process;
  private final int port;
  private final double startMillis;

  private ServerProcess(Process process, int port, double startMillis) {
    this.process = process;
    this.port = port;
    this.startMillis = startMillis;
  }

  /** Starts the server on {@code index} and waits until a search answers. */
  static ServerProcess start(Path jar, Path index, String heap, HttpClient http) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path emptyCorpus = Files.createTempDirectory("gongbao-bench-corpus");
    Path log = Files.createTempFile("gongbao-bench-server", ".log");
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(
            "java", "-Xmx" + heap, "-jar", jar.toString(), "serve", "--index", index.toString(),
            "--port", String.valueOf(port), "--host", "127.0.0.1", "--corpus", emptyCorpus.toString(),
            "--rate-limit", "0")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    URI probe = URI.create("http://127.0.0.1:" + port + "/api/v1/search?q=%E5%B7%A5%E4%BC%9A");
    while (true) {
      if (!process.isAlive()) {
        throw new IOException("server exited during start-up; see " + log);
      }
      if ((System.nanoTime() - t0) / 1e6 > START_LIMIT_MILLIS) {
        process.destroyForcibly();
        throw new IOException("server did not answer within " + START_LIMIT_MILLIS + " ms; see " + log);
      }
      try {
        HttpResponse<Void> response = http.send(
            HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          break;
        }
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    return new ServerProcess(process, port, (System.nanoTime() - t0) / 1e6);
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** From process start to the first answered search. */
  double startMillis() {
    return startMillis;
  }

  /** Resident set size of the server process, from /proc, in MiB; -1 where /proc is missing. */
  double rssMiB() throws IOException {
    Path status = Path.of("/proc/" + process.pid() + "/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
