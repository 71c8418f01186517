package gongbao.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {

  @TempDir Path corpus;

  private Path write(String relative, String text) throws Exception {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void places_a_dated_page_in_its_paper_from_the_corpus_layout() throws Exception {
    write("zj/paper.json", "{\"name\": \"浙江工人日报\", \"region\": \"330000\", \"union\": \"浙江省总工会\"}");
    Path file = write("zj/2024-03-22/01.txt", "工会驿站开张\n\n本报讯 近日,驿站开张。");

    Page page = new PageReader(new PaperCatalog()).read(file);

    assertEquals(new Paper("zj", "浙江工人日报", "330000", "浙江省总工会"), page.paper());
    assertEquals(LocalDate.of(2024, 3, 22), page.date());
    assertFalse(page.dateInferred());
    assertEquals("01", page.pageId());
  }

  @Test
  void infers_and_marks_the_date_of_an_undated_page() throws Exception {
    write("grrb/paper.json", "{\"name\": \"工人日报\", \"region\": null}");
    Path file = write("grrb/undated/p.txt", "2024年10月18日下午,生日会举行。");

    Page page = new PageReader(new PaperCatalog()).read(file);

    assertEquals("grrb", page.paper().id());
    assertEquals(LocalDate.of(2024, 10, 18), page.date());
    assertTrue(page.dateInferred());
  }

  @Test
  void reads_a_file_outside_the_layout_as_an_unknown_paper() throws Exception {
    Path file = write("loose.txt", "没有日期的页面。");

    Page page = new PageReader(new PaperCatalog()).read(file);

    assertEquals(Paper.UNKNOWN, page.paper());
    assertEquals(null, page.date());
  }

  @Test
  void reads_the_headline_and_body_of_an_html_page_without_its_scripts() throws Exception {
    Path file =
        write(
            "a.html",
            "<html><head><script>alert(1)</script></head><body><nav>首页</nav><h1>职工书屋开放</h1>"
                + "<div class=\"article\"><p>本报讯 书屋开放。</p><p>职工踊跃借阅。</p></div></body></html>");

    Page page = new PageReader(new PaperCatalog()).read(file);

    assertEquals("职工书屋开放", page.markup().title());
    assertEquals("本报讯 书屋开放。\n\n职工踊跃借阅。\n\n", page.text());
  }

  @Test
  void refuses_files_that_are_not_pages() throws Exception {
    Path file = write("notes.md", "# 说明");
    assertThrows(PageFormatException.class, () -> new PageReader(new PaperCatalog()).read(file));
  }

  @Test
  void reports_a_paper_json_without_a_name() throws Exception {
    write("bad/paper.json", "{\"region\": \"330000\"}");
    Path file = write("bad/2024-01-01/1.txt", "正文。");
    PageFormatException e =
        assertThrows(PageFormatException.class, () -> new PageReader(new PaperCatalog()).read(file));
    assertTrue(e.getMessage().contains("\"name\" is missing"), e.getMessage());
  }
}
