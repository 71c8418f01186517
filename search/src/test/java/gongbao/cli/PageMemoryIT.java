package gongbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page too large for the heap of the run fails with its reason; the run goes on and reports. */
class PageMemoryIT {

  @TempDir Path temp;

  @Test
  void a_page_that_needs_more_memory_than_the_heap_is_a_failure_of_the_report_not_the_end_of_the_run()
      throws Exception {
    Path day = Files.createDirectories(temp.resolve("pages/gr/2024-05-01"));
    Files.writeString(day.resolve("01.txt"), "一行到底\n\n" + "工会驿站为户外劳动者提供歇脚饮水服务,".repeat(20 * 1024 * 1024 / 57));
    Files.writeString(day.resolve("02.txt"), "职工书屋开放\n\n本报讯 近日,职工书屋正式开放,职工踊跃借阅。\n");
    Path log = temp.resolve("ingest.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process ingest = new ProcessBuilder(java, "-Xmx300m", "-cp", System.getProperty("java.class.path"),
            GongbaoCommand.class.getName(), "ingest", "--threads", "1", "--index", temp.resolve("index").toString(),
            temp.resolve("pages").toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertTrue(ingest.waitFor(5, TimeUnit.MINUTES), "the run ends");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, ingest.exitValue(), output);
    assertTrue(output.matches("(?s).*pages\\s+1\\n.*failed\\s+1\\n.*01\\.txt: needs more memory than this run's.*"),
        output);
  }
}
