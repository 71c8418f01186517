package gongbao.bench.reliability;

import gongbao.ingest.extract.topic.TopicTaxonomy;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.CorpusIngester;
import gongbao.ingest.index.IngestReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * How long each kind of hostile page file takes to ingest (read, split, analyse, index into a fresh
 * index), and how the cost of pathological pages grows with their size.
 *
 * <pre>bench/run HostileFilesTiming</pre>
 */
public final class HostileFilesTiming {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Ingests on the calling thread, so that its CPU time is the whole work (worker threads would do it unseen). */
  private static final CorpusIngester ONE_THREAD =
      new CorpusIngester(TopicTaxonomy.builtIn(), CorpusIngester.DEFAULT_CHECKPOINT_EVERY_PAGES, 1);

  private HostileFilesTiming() {}

  public static void main(String[] args) throws Exception {
    Path root = Files.createTempDirectory("gongbao-hostile");
    timeOne(root, "warm-up.txt", "暖机\n\n本报讯 职工书屋正式开放。\n".repeat(200).getBytes(StandardCharsets.UTF_8));
    System.out.println("| file | bytes | outcome | wall ms | CPU ms |\n|---|---|---|---|---|");
    for (Map.Entry<String, byte[]> file : hostileSet().entrySet()) {
      timeOne(root, file.getKey(), file.getValue());
    }
    System.out.println("\n| shape | characters | CPU ms (best of 3) | CPU ms per 100k characters |\n|---|---|---|---|");
    for (Map.Entry<String, IntFunction<String>> shape : shapes().entrySet()) {
      for (int n = 100_000; n <= 1_600_000; n *= 2) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
          best = Math.min(best, ingest(root, shape.getKey(), shape.getValue().apply(n).getBytes(StandardCharsets.UTF_8)).cpuNanos);
        }
        System.out.printf("| %s | %d | %.0f | %.1f |%n", shape.getKey(), n, best / 1e6, best / 1e6 / (n / 100_000.0));
      }
    }
  }

  private record Timing(IngestReport report, long wallNanos, long cpuNanos) {}

  private static void timeOne(Path root, String name, byte[] content) throws Exception {
    Timing timing = ingest(root, name, content);
    String outcome = timing.report.failures().isEmpty()
        ? "indexed, " + timing.report.articles() + " articles"
        : "refused: " + timing.report.failures().get(0).reason();
    if (!name.startsWith("warm-up")) {
      System.out.printf("| %s | %d | %s | %.0f | %.0f |%n", name, content.length, outcome, timing.wallNanos / 1e6, timing.cpuNanos / 1e6);
    }
  }

  private static Timing ingest(Path root, String name, byte[] content) throws Exception {
    Path run = Files.createTempDirectory(root, "run");
    Path file = run.resolve("hostile").resolve("2024-06-01").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    IngestReport report;
    try (ArticleIndexWriter writer = new ArticleIndexWriter(run.resolve("index"))) {
      report = ONE_THREAD.ingest(List.of(file), writer, CorpusIngester.Progress.NONE);
    }
    return new Timing(report, System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu);
  }

  private static Map<String, byte[]> hostileSet() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("empty.txt", new byte[0]);
    byte[] binary = new byte[64 * 1024];
    new Random(9).nextBytes(binary);
    files.put("binary.txt", binary);
    files.put("invalid-utf8.txt", new byte[] {'a', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, 'b'});
    files.put("single-line-20mb.txt", utf8("一行到底\n\n" + "工会驿站为户外劳动者提供歇脚饮水服务,".repeat(20 * 1024 * 1024 / 57)));
    files.put("repeated-100k.txt", utf8("哈哈哈\n\n本报讯 " + "哈".repeat(100_000) + "\n"));
    files.put("gbk.txt", "全总召开会议\n\n本报讯 中华全国总工会日前召开会议,部署工会驿站建设。\n".getBytes(Charset.forName("GBK")));
    files.put("truncated.html", utf8("<html><body><div id=\"ozoom\"><h1>截断的标题</h1><p>本报讯 工会开展送清凉活动。<p>第二段<div><span>未闭合"));
    files.put("nested-100k-divs.html", utf8(nestedDivs(100_000)));
    files.put("scripts-20k.html", utf8(scripts(20_000)));
    files.put("only-scripts.html", utf8("<html><body>" + "<script>var x = 1;</script>".repeat(1000) + "</body></html>"));
    return files;
  }

  private static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("repeated-character.txt", n -> "哈哈哈\n\n本报讯 " + "哈".repeat(n) + "\n");
    shapes.put("single-line.txt", n -> "一行到底\n\n" + "工会驿站为户外劳动者提供歇脚饮水服务,".repeat(n / 19));
    shapes.put("nested-divs.html", n -> nestedDivs(n / 8));
    shapes.put("nested-titles.html", n -> nested(n / 40, "<div class=\"title\"><a href=\"#\">链接</a>", "</div>"));
    shapes.put("nested-dates.html", n -> nested(n / 40, "<div class=\"date\">2024年6月1日", "</div>"));
    shapes.put("key-points.html", n -> "<html><body><h1>要点很多</h1><div><p>划重点：</p><ol>"
        + "<li>要点</li>".repeat(n / 11) + "</ol><p>本报讯 工会举办职工运动会,千余名职工参加。</p></div></body></html>");
    shapes.put("scripts.html", n -> scripts(n / 40));
    shapes.put("many-paragraphs.txt", n -> "段落很多\n\n" + "本报讯 职工书屋正式开放。\n\n".repeat(n / 16));
    return shapes;
  }

  private static String nestedDivs(int depth) {
    return nested(depth, "<div>", "</div>");
  }

  private static String nested(int depth, String open, String close) {
    return "<html><body><h1>嵌套标题</h1>" + open.repeat(depth) + "<p>深处的段落:工会帮扶困难职工。</p>" + close.repeat(depth)
        + "</body></html>";
  }

  private static String scripts(int count) {
    return "<html><head><title>脚本</title></head><body><h1>脚本页标题</h1>"
        + "<script>alert(\"x\");var a=\"</p>\";</script>".repeat(count) + "<p>本报讯 工会举办职工运动会,千余名职工参加。</p></body></html>";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
