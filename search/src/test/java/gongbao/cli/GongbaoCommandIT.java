package gongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, run in-process on the bundled corpus and a real index. */
class GongbaoCommandIT {

  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = GongbaoCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void ingest_then_search_and_stats_work_on_the_corpus() throws Exception {
    String index = temp.resolve("index").toString();

    Run ingest = run("ingest", "--index", index, "../corpus");
    assertEquals(0, ingest.exitCode(), ingest.err());
    assertTrue(ingest.out().matches("(?s)pages\\s+3\\n.*failed\\s+0\\n"), ingest.out());

    Run search = run("search", "--index", index, "\"工会驿站\"");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().lines().skip(1).allMatch(l -> l.split("\t").length == 4), search.out());
    assertTrue(search.out().contains("工人日报"), search.out());

    Run stats = run("stats", "--index", index);
    JsonNode json = new ObjectMapper().readTree(stats.out());
    assertEquals(3, json.get("pages").asInt());
  }

  @Test
  void extract_prints_the_articles_of_a_page_as_json() throws Exception {
    Run extract = run("extract", "../corpus/grrb/2024-04-28/01.txt");
    assertEquals(0, extract.exitCode(), extract.err());
    JsonNode articles = new ObjectMapper().readTree(extract.out());
    assertTrue(articles.isArray() && articles.size() > 3);
    assertEquals("grrb", articles.get(0).get("paper").asText());
    assertEquals("2024-04-28", articles.get(0).get("date").asText(), "the date from the corpus folder");
    assertEquals(false, articles.get(0).get("dateInferred").asBoolean());
  }

  @Test
  void searching_a_missing_index_says_to_ingest_first() {
    Run search = run("search", "--index", temp.resolve("none").toString(), "劳模");
    assertEquals(1, search.exitCode());
    assertTrue(search.err().contains("run 'gongbao ingest' first"), search.err());
    assertEquals(1, run("stats", "--index", temp.resolve("none").toString()).exitCode());
    assertFalse(Files.exists(temp.resolve("none")), "a mistyped index folder is not made by reading it");
  }

  @Test
  void a_malformed_query_is_one_clear_line_not_a_stack_trace() throws Exception {
    String index = temp.resolve("index").toString();
    run("ingest", "--index", index, "../corpus/grrb");
    Run search = run("search", "--index", index, "\"工会");
    assertEquals(1, search.exitCode());
    assertEquals("gongbao search: unbalanced quote: '\"' at position 1 is never closed", search.err().strip());
  }

  @Test
  void an_option_value_out_of_its_range_is_wrong_usage_as_a_malformed_one_is() {
    String index = temp.resolve("none").toString();
    for (String[] options : List.of(new String[] {"--size", "101"}, new String[] {"--size", "0"},
        new String[] {"--sort", "sideways"}, new String[] {"--size", "abc"})) {
      Run search = run("search", "--index", index, options[0], options[1], "劳模");
      assertEquals(2, search.exitCode(), String.join(" ", options) + ": " + search.err());
      assertTrue(search.err().contains(options[0]) && search.err().contains("Usage:"), search.err());
    }
  }

  @Test
  void serve_refuses_an_address_it_cannot_listen_on_before_any_work_in_one_line() throws Exception {
    String index = temp.resolve("never-built").toString();
    assertEquals(2, run("serve", "--index", index, "--rate-limit", "NaN").exitCode());
    Run outOfRange = run("serve", "--index", index, "--port", "70000");
    assertEquals(2, outOfRange.exitCode(), outOfRange.err());
    assertTrue(outOfRange.err().startsWith("--port must be between 0 and 65535, not 70000"), outOfRange.err());
    Run noHost = run("serve", "--index", index, "--host", "no-such-host.invalid", "--port", "0");
    assertEquals(2, noHost.exitCode(), noHost.err());
    assertTrue(noHost.err().startsWith("--host 'no-such-host.invalid' names no address"), noHost.err());
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Run inUse = run("serve", "--index", index, "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(1, inUse.exitCode(), inUse.err());
      assertEquals("gongbao serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (Address already in use): "
          + "the port may be another program's, or the address not this machine's; choose another --port or --host",
          inUse.err().strip());
    }
    assertFalse(Files.exists(Path.of(index)), "nothing ingested for a server that cannot start");
  }

  @Test
  void an_index_is_never_written_among_other_files_nor_rebuilt_by_deleting_them() throws Exception {
    Path papers = temp.resolve("papers");
    Files.createDirectories(papers);
    Files.writeString(papers.resolve("notes.txt"), "an editor's notes");
    for (String[] ingest : List.of(new String[] {"ingest", "--index", papers.toString(), "../corpus/grrb"},
        new String[] {"ingest", "--rebuild", "--index", papers.toString(), "../corpus/grrb"})) {
      Run refused = run(ingest);
      assertEquals(1, refused.exitCode(), refused.err());
      assertEquals("gongbao ingest: " + papers + " holds notes.txt, which is not a file of an index: give --index a "
          + "folder of its own (a new or an empty one)", refused.err().strip());
    }
    Run serve = assertTimeoutPreemptively(Duration.ofMinutes(1),
        () -> run("serve", "--index", papers.toString(), "--corpus", "../corpus/grrb", "--port", "0"));
    assertEquals(1, serve.exitCode(), serve.err());
    try (java.util.stream.Stream<Path> left = Files.list(papers)) {
      assertEquals(List.of(papers.resolve("notes.txt")), left.toList(), "nothing written, nothing deleted");
    }
    Path site = Files.createDirectories(temp.resolve("site"));
    Files.writeString(site.resolve("_config.yml"), "title: a site"); // begins like an index's file, is none
    assertEquals(1, run("ingest", "--rebuild", "--index", site.toString(), "../corpus/grrb").exitCode());
    assertTrue(Files.exists(site.resolve("_config.yml")));
    // an index's own folder is rebuilt as before
    String index = temp.resolve("rebuilt-index").toString();
    assertEquals(0, run("ingest", "--index", index, "../corpus/grrb").exitCode());
    Run rebuild = run("ingest", "--rebuild", "--index", index, "../corpus/grrb");
    assertEquals(0, rebuild.exitCode(), rebuild.err());
  }

  @Test
  void an_index_another_program_writes_is_not_rebuilt_under_it() throws Exception {
    Path index = temp.resolve("index-in-use");
    assertEquals(0, run("ingest", "--index", index.toString(), "../corpus/grrb").exitCode());
    try (gongbao.ingest.index.ArticleIndexWriter server = new gongbao.ingest.index.ArticleIndexWriter(index)) {
      Run rebuild = run("ingest", "--rebuild", "--index", index.toString(), "../corpus/zjgrb");
      assertEquals(1, rebuild.exitCode(), rebuild.err());
      assertEquals("gongbao ingest: the index in " + index + " is in use by another program (a server taking uploads, "
          + "or an ingest): stop it before rebuilding the index", rebuild.err().strip());
    }
    assertTrue(run("search", "--index", index.toString(), "劳模").out().contains("grrb"), "the index kept its articles");
  }

  @Test
  void serve_reads_its_topic_file_at_start_even_when_the_index_needs_no_ingest() throws Exception {
    String index = temp.resolve("served-index").toString();
    assertEquals(0, run("ingest", "--index", index, "../corpus/grrb").exitCode());
    Path missing = temp.resolve("no-such-topics.json");
    // a server that started regardless would serve until stopped: the test fails after a minute instead
    Run serve = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> run(
        "serve", "--index", index, "--corpus", "../corpus/grrb", "--port", "0", "--topics", missing.toString()));
    assertEquals(1, serve.exitCode(), serve.err());
    assertEquals("gongbao serve: cannot read taxonomy: no such file or folder: " + missing, serve.err().strip());
  }

  @Test
  void extract_of_a_missing_file_fails_with_its_name() {
    Run extract = run("extract", "no-such-page.txt");
    assertEquals(1, extract.exitCode());
    assertEquals("gongbao extract: no such file or folder: no-such-page.txt", extract.err().strip());
  }

  @Test
  void a_rebuild_given_a_path_that_does_not_exist_stops_before_it_deletes_the_index() throws Exception {
    String index = temp.resolve("index").toString();
    run("ingest", "--index", index, "../corpus/grrb");
    long articles = new ObjectMapper().readTree(run("stats", "--index", index).out()).get("articles").asLong();

    Run rebuild = run("ingest", "--index", index, "--rebuild", "../corpus/no-such-paper");
    assertEquals(1, rebuild.exitCode());
    assertTrue(rebuild.err().contains("no such file or folder: ../corpus/no-such-paper"), rebuild.err());
    assertEquals(articles, new ObjectMapper().readTree(run("stats", "--index", index).out()).get("articles").asLong());
    assertTrue(articles > 0);
  }

  @Test
  void an_ingest_where_every_page_fails_exits_1_after_its_table() throws Exception {
    java.nio.file.Path empty = java.nio.file.Files.createFile(temp.resolve("01.txt"));
    Run ingest = run("ingest", "--index", temp.resolve("index").toString(), empty.toString());
    assertEquals(1, ingest.exitCode(), ingest.out());
    assertTrue(ingest.out().contains("01.txt: empty file"), ingest.out());
    assertEquals("gongbao ingest: no page could be ingested; every failure is listed above", ingest.err().strip());
  }

  @Test
  void an_ingest_that_finds_no_page_files_says_so_and_exits_1() throws Exception {
    Path nothing = Files.createDirectories(temp.resolve("no-pages"));
    String index = temp.resolve("no-pages-index").toString();
    Run empty = run("ingest", "--index", index, nothing.toString());
    assertEquals(1, empty.exitCode(), empty.out());
    assertEquals("gongbao ingest: no files to ingest in " + nothing, empty.err().strip());
    Files.writeString(nothing.resolve("scan.pdf"), "%PDF-1.4");
    Run noPages = run("ingest", "--index", index, nothing.toString());
    assertEquals(1, noPages.exitCode(), noPages.out());
    assertEquals("gongbao ingest: none of the files given is a page (.txt, .html or .htm); 1 skipped",
        noPages.err().strip());
  }

  @Test
  void every_subcommand_has_help() {
    for (String sub : new String[] {"ingest", "serve", "search", "extract", "stats"}) {
      Run help = run(sub, "--help");
      assertEquals(0, help.exitCode(), sub);
      assertTrue(help.out().startsWith("Usage: gongbao " + sub), help.out());
    }
  }

  @Test
  void ingest_with_a_topic_file_uses_that_taxonomy() throws Exception {
    java.nio.file.Path topics = temp.resolve("topics.json");
    java.nio.file.Files.writeString(topics, """
        {"minScore": 1.0, "relativeScore": 0.1, "headingWeight": 3.0, "maxCountPerTerm": 3,
         "topics": [{"id": "stations", "label": "驿站", "definition": "职工和户外劳动者的驿站", "terms": {"驿站": 2.0}}]}
        """);
    String index = temp.resolve("index").toString();
    Run ingest = run("ingest", "--index", index, "--topics", topics.toString(), "../corpus/grrb");
    assertEquals(0, ingest.exitCode(), ingest.err());
    Run search = run("search", "--index", index, "topic:stations");
    assertFalse(search.out().startsWith("0 hits"), search.out());
    assertTrue(search.out().contains("驿站"), search.out());
  }

  @Test
  void a_malformed_topic_file_is_one_clear_line_and_exit_1() throws Exception {
    java.nio.file.Path topics = temp.resolve("bad-topics.json");
    java.nio.file.Files.writeString(topics, "{\"topics\": [{\"id\": \"x\"}]}");
    Run ingest = run("ingest", "--index", temp.resolve("index").toString(), "--topics", topics.toString(), "../corpus/grrb");
    assertEquals(1, ingest.exitCode());
    assertTrue(ingest.err().startsWith("gongbao ingest: ") && ingest.err().strip().lines().count() == 1, ingest.err());
  }
}
