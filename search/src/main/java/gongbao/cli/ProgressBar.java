package gongbao.cli;

import gongbao.ingest.index.CorpusIngester;
import java.io.PrintWriter;

/** Draws ingest progress on one terminal line; draws nothing when output is not a terminal. */
final class ProgressBar implements CorpusIngester.Progress {

  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final boolean enabled;

  ProgressBar(PrintWriter out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  static ProgressBar forTerminal(PrintWriter out) {
    return new ProgressBar(out, System.console() != null);
  }

  @Override
  public void fileDone(int done, int total, String file) {
    if (!enabled) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
    out.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, name);
    if (done == total) {
      out.println();
    }
    out.flush();
  }
}
