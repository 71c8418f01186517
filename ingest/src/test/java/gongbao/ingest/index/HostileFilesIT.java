package gongbao.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.article.Article;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated set of hostile page files amid good ones: the run completes, each bad file is
 * reported with its reason, every good one is indexed, and the cost of a pathological page grows
 * linearly with its size.
 */
class HostileFilesIT {

  private static final String PAPER = "hostile";
  private static final String DATE = "2024-06-01";
  private static final String GOOD_PAGE = "职工书屋开放\n\n本报讯 近日,职工书屋正式开放,职工踊跃借阅。\n";

  /** An ingester that works on the calling thread, whose CPU time then is the whole work. */
  private static final CorpusIngester ONE_THREAD =
      new CorpusIngester(TopicTaxonomy.builtIn(), CorpusIngester.DEFAULT_CHECKPOINT_EVERY_PAGES, 1);

  @TempDir Path temp;

  private Path issue() throws Exception {
    Path issue = temp.resolve("corpus").resolve(PAPER).resolve(DATE);
    Files.createDirectories(issue);
    Files.writeString(issue.getParent().resolve("paper.json"), "{\"name\": \"敌意报\"}");
    return issue;
  }

  /** Pages that are hostile but still pages: they must be indexed, whole, in bounded time. */
  private static Map<String, byte[]> tolerable() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("p10-single-line-20mb.txt", utf8("一行到底\n\n" + "工会驿站为户外劳动者提供歇脚饮水服务,".repeat(20 * 1024 * 1024 / 57)));
    files.put("p11-repeated.txt", utf8("哈哈哈\n\n本报讯 " + "哈".repeat(100_000) + "\n"));
    files.put("p12-gbk.txt", "全总召开会议\n\n本报讯 中华全国总工会日前召开会议,部署工会驿站建设。\n".getBytes(Charset.forName("GBK")));
    files.put("p13-truncated.html", utf8("<html><head><title>截断</title></head><body><div id=\"ozoom\"><h1>截断的标题</h1>"
        + "<p>本报讯 工会开展送清凉活动,慰问一线职工。<p>第二段<div><span>未闭合"));
    files.put("p14-nested.html", utf8(nestedDivs(100_000)));
    files.put("p15-scripts.html", utf8(scripts(20_000)));
    return files;
  }

  /** Files that are not pages at all, and the reason each must be reported with. */
  private static Map<String, String> refused() {
    return Map.of(
        "p20-empty.txt", "empty file",
        "p21-binary.txt", "binary file",
        "p22-invalid-utf8.txt", "neither valid UTF-8 nor GB18030",
        "p23-only-scripts.html", "no text in the page");
  }

  @Test
  void a_hostile_set_ingests_to_the_end_reporting_each_bad_file_and_indexing_every_good_one() throws Exception {
    Path issue = issue();
    for (int i = 1; i <= 5; i++) {
      Files.writeString(issue.resolve("p0" + i + "-good.txt"), GOOD_PAGE);
    }
    for (Map.Entry<String, byte[]> file : tolerable().entrySet()) {
      Files.write(issue.resolve(file.getKey()), file.getValue());
    }
    Files.write(issue.resolve("p20-empty.txt"), new byte[0]);
    byte[] binary = new byte[64 * 1024];
    new Random(9).nextBytes(binary);
    Files.write(issue.resolve("p21-binary.txt"), binary);
    Files.write(issue.resolve("p22-invalid-utf8.txt"), new byte[] {'a', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, 'b'});
    Files.write(issue.resolve("p23-only-scripts.html"), utf8("<html><body>" + "<script>var x = 1;</script>".repeat(1000) + "</body></html>"));

    IngestReport report;
    Path index = temp.resolve("index");
    try (ArticleIndexWriter writer = new ArticleIndexWriter(index)) {
      report = new CorpusIngester().ingest(List.of(temp.resolve("corpus")), writer, CorpusIngester.Progress.NONE);
    }

    Map<String, String> reasons = report.failures().stream()
        .collect(Collectors.toMap(f -> Path.of(f.file()).getFileName().toString(), IngestReport.Failure::reason));
    assertEquals(refused().keySet(), reasons.keySet(), report.toTable());
    refused().forEach((file, reason) -> assertTrue(reasons.get(file).contains(reason), file + ": " + reasons.get(file)));
    assertEquals(5 + tolerable().size(), report.pages(), report.toTable());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String name : Files.list(issue).map(p -> p.getFileName().toString()).sorted().toList()) {
        String page = name.substring(0, name.lastIndexOf('.'));
        int articles = searcher.count(new TermQuery(new Term(IndexSchema.PAGE_KEY, PAPER + ":" + DATE + ":" + page)));
        assertEquals(!refused().containsKey(name), articles > 0, name + " indexed: " + articles);
      }
    }
  }

  @Test
  void nothing_of_a_script_and_all_of_the_deepest_paragraph_survive_html_extraction() throws Exception {
    Path issue = issue();
    Files.write(issue.resolve("scripts.html"), utf8(scripts(2_000)));
    Files.write(issue.resolve("nested.html"), utf8(nestedDivs(100_000)));
    String scriptsText = text(new CorpusIngester().extract(issue.resolve("scripts.html")));
    assertFalse(scriptsText.contains("alert") || scriptsText.contains("var a"), scriptsText);
    assertTrue(scriptsText.contains("工会举办职工运动会"), scriptsText);
    assertTrue(text(new CorpusIngester().extract(issue.resolve("nested.html"))).contains("深处的段落"));
  }

  /**
   * Ingesting a pathological page four times the size costs at most twice four times the CPU time
   * (quadratic work would cost sixteen times); best of three runs each, after a warm-up.
   */
  @Test
  void the_cost_of_a_pathological_page_grows_linearly_with_its_size() throws Exception {
    Map<String, IntFunction<String>> shapes = new TreeMap<>();
    shapes.put("repeated-character.txt", n -> "哈哈哈\n\n本报讯 " + "哈".repeat(n) + "\n");
    shapes.put("single-line.txt", n -> "一行到底\n\n" + "工会驿站为户外劳动者提供歇脚饮水服务,".repeat(n / 19));
    shapes.put("nested.html", n -> nestedDivs(n / 8));
    shapes.put("nested-titles.html", n -> nested(n / 40, "<div class=\"title\"><a href=\"#\">链接</a>", "</div>"));
    shapes.put("nested-dates.html", n -> nested(n / 40, "<div class=\"date\">2024年6月1日", "</div>"));
    shapes.put("key-points.html", n -> "<html><body><h1>要点很多</h1><div><p>划重点：</p><ol>"
        + "<li>要点</li>".repeat(n / 11) + "</ol><p>本报讯 工会举办职工运动会,千余名职工参加。</p></div></body></html>");
    shapes.put("scripts.html", n -> scripts(n / 40));
    shapes.put("many-paragraphs.txt", n -> "段落很多\n\n" + "本报讯 职工书屋正式开放。\n\n".repeat(n / 16));
    int small = 100_000;
    int factor = 4;
    for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
      cpuNanos(shape.getKey(), shape.getValue().apply(small));
      long smallNanos = bestOfThree(shape.getKey(), shape.getValue().apply(small));
      long largeNanos = bestOfThree(shape.getKey(), shape.getValue().apply(small * factor));
      double ratio = (double) largeNanos / smallNanos;
      assertTrue(ratio <= 2.0 * factor, shape.getKey() + ": " + factor + "x the input cost " + ratio + "x the CPU time");
    }
  }

  private long bestOfThree(String name, String content) throws Exception {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      best = Math.min(best, cpuNanos(name, content));
    }
    return best;
  }

  /** CPU time of this thread to read, split, analyse and index one page into a fresh index, with no worker threads. */
  private long cpuNanos(String name, String content) throws Exception {
    Path run = Files.createTempDirectory(temp, "run");
    Path file = run.resolve(PAPER).resolve(DATE).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    IngestReport report;
    try (ArticleIndexWriter writer = new ArticleIndexWriter(run.resolve("index"))) {
      report = ONE_THREAD.ingest(List.of(file), writer, CorpusIngester.Progress.NONE);
    }
    long spent = threads.getCurrentThreadCpuTime() - start;
    assertEquals(1, report.pages(), report.toTable());
    return spent;
  }

  private static String nestedDivs(int depth) {
    return nested(depth, "<div>", "</div>");
  }

  /** A page whose paragraph stands inside {@code depth} elements opened by {@code open}, each in the one before. */
  private static String nested(int depth, String open, String close) {
    return "<html><body><h1>嵌套标题</h1>" + open.repeat(depth) + "<p>深处的段落:工会帮扶困难职工。</p>"
        + close.repeat(depth) + "</body></html>";
  }

  private static String scripts(int count) {
    return "<html><head><title>脚本</title></head><body><h1>脚本页标题</h1>"
        + "<script>alert(\"x\");var a=\"</p>\";</script>".repeat(count)
        + "<p>本报讯 工会举办职工运动会,千余名职工参加。</p></body></html>";
  }

  private static String text(List<Article> articles) {
    return articles.stream()
        .map(a -> a.title() + "\n" + a.paragraphs().stream().map(p -> p.text()).collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
