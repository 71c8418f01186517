package gongbao.ingest.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** What an ingest run did: counts, and the reason for every file it could not use. */
public final class IngestReport {

  /** A file that was not ingested, and why. */
  public record Failure(String file, String reason) {}

  private int pages;
  private int articles;
  private int skipped;
  private final List<Failure> failures = new ArrayList<>();

  synchronized void pageIndexed(int articleCount) {
    pages++;
    articles += articleCount;
  }

  synchronized void fileSkipped() {
    skipped++;
  }

  synchronized void failed(String file, String reason) {
    failures.add(new Failure(file, reason));
  }

  public synchronized int pages() {
    return pages;
  }

  public synchronized int articles() {
    return articles;
  }

  /** Files that are not pages (other extensions, paper.json) and were passed over. */
  public synchronized int skipped() {
    return skipped;
  }

  /** In file order, however many threads the run used. */
  public synchronized List<Failure> failures() {
    List<Failure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparing(Failure::file));
    return Collections.unmodifiableList(sorted);
  }

  /** The report as a plain-text table. */
  public synchronized String toTable() {
    StringBuilder table = new StringBuilder();
    table.append(String.format("%-10s %8s%n", "pages", pages));
    table.append(String.format("%-10s %8s%n", "articles", articles));
    table.append(String.format("%-10s %8s%n", "skipped", skipped));
    table.append(String.format("%-10s %8s%n", "failed", failures.size()));
    for (Failure failure : failures()) {
      table.append("  ").append(failure.file()).append(": ").append(failure.reason()).append('\n');
    }
    return table.toString();
  }
}
