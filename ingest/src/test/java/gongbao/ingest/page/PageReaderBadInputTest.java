package gongbao.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.IngestException;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.article.Paragraph;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is read as far as it can be or refused with a typed exception that says why. Cost is
 * checked by what the output must be (one article holding every character), which a quadratic path
 * through 20 MB would not reach in any test run.
 */
class PageReaderBadInputTest {

  @TempDir Path folder;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static Page read(Path file) throws IOException, IngestException {
    return new PageReader(new PaperCatalog()).read(file);
  }

  @Test
  void empty_file_is_refused_as_empty() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    PageFormatException e = assertThrows(PageFormatException.class, () -> read(file));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void file_of_only_a_bom_is_refused_as_empty() throws IOException {
    Path file = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThrows(PageFormatException.class, () -> read(file));
  }

  @Test
  void binary_file_is_refused_as_binary() throws IOException {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path file = write("image.txt", bytes);
    PageFormatException e = assertThrows(PageFormatException.class, () -> read(file));
    assertTrue(e.getMessage().startsWith("binary file"), e.getMessage());
  }

  @Test
  void bytes_neither_utf8_nor_gb18030_are_refused_with_the_reason() throws IOException {
    Path file = write("bad.txt", new byte[] {'a', 'b', (byte) 0xFF, (byte) 0xFF, 'c'});
    UnsupportedEncodingInputException e = assertThrows(UnsupportedEncodingInputException.class, () -> read(file));
    assertEquals("neither valid UTF-8 nor GB18030", e.getMessage());
  }

  @Test
  void gbk_page_is_detected_and_split() throws IOException, IngestException {
    String text = "职工书屋开放\n\n本报讯 记者丁一报道 书屋今日开放。\n";
    Path file = write("gbk.txt", text.getBytes(Charset.forName("GBK")));
    List<Article> articles = new ArticleSplitter().split(read(file));
    assertEquals("职工书屋开放", articles.get(0).title());
    assertEquals(List.of("丁一"), articles.get(0).byline().reporters());
  }

  @Test
  void html_without_any_text_is_refused_as_empty_page() throws IOException {
    Path file = write("blank.html", "<html><head><script>var a = 1;</script></head><body> </body></html>"
        .getBytes(StandardCharsets.UTF_8));
    PageFormatException e = assertThrows(PageFormatException.class, () -> read(file));
    assertEquals("no text in the page", e.getMessage());
  }

  /** One sentence repeated to 7 million characters: over 20 MB in UTF-8, on one line. */
  private static String sevenMillionCharacters() {
    String sentence = "职工书屋开进车间,工会把服务送到一线,职工在休息时也能读书。";
    StringBuilder line = new StringBuilder();
    while (line.length() < 7_000_000) {
      line.append(sentence);
    }
    return line.toString();
  }

  @Test
  void twenty_megabyte_single_line_becomes_one_article_with_all_its_text() throws IOException, IngestException {
    String line = sevenMillionCharacters();
    Path file = write("long.txt", line.getBytes(StandardCharsets.UTF_8));
    assertTrue(Files.size(file) >= 20_000_000);
    List<Article> articles = new ArticleSplitter().split(read(file));
    assertEquals(1, articles.size());
    assertEquals(line.length(), articles.get(0).bodyText().length());
  }

  @Test
  void twenty_megabyte_html_paragraph_becomes_one_article_with_all_its_text() throws IOException, IngestException {
    String paragraph = sevenMillionCharacters();
    String html = "<html><head><title>职工书屋开进车间_江城网</title></head><body><h1>职工书屋开进车间</h1><div><p>"
        + paragraph + "</p></div></body></html>";
    Path file = write("long.html", html.getBytes(StandardCharsets.UTF_8));
    assertTrue(Files.size(file) >= 20_000_000);
    List<Article> articles = new ArticleSplitter().split(read(file));
    assertEquals(1, articles.size());
    assertEquals("职工书屋开进车间", articles.get(0).title());
    assertEquals(paragraph.length(), articles.get(0).bodyText().length());
  }

  @Test
  void html_of_fifty_thousand_paragraphs_in_nested_blocks_keeps_every_paragraph() throws IOException, IngestException {
    StringBuilder html = new StringBuilder("<html><body><h1>五万段的页面</h1>");
    int paragraphs = 50_000;
    for (int i = 0; i < paragraphs; i++) {
      html.append("<div><section><p>第").append(i).append("段，工会为职工办实事。</p></section></div>");
    }
    Path file = write("many.html", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
    List<Article> articles = new ArticleSplitter().split(read(file));
    assertEquals(1, articles.size());
    assertEquals(paragraphs, articles.get(0).paragraphs().size());
  }

  @Test
  void hundred_thousand_repeated_characters_become_one_article() throws IOException, IngestException {
    String repeated = "哈".repeat(100_000);
    Path file = write("ha.txt", (repeated + "\n\n" + repeated + "\n").getBytes(StandardCharsets.UTF_8));
    List<Article> articles = new ArticleSplitter().split(read(file));
    assertEquals(1, articles.size());
    assertEquals(1, articles.get(0).paragraphs().size(), "the second copy is a repeat");
    assertEquals(100_000, articles.get(0).bodyText().length());
  }

  @Test
  void many_short_lines_of_the_same_character_stay_linear_and_keep_one_copy() throws IOException, IngestException {
    String line = "哈".repeat(40);
    Path file = write("lines.txt", (line + "\n\n").repeat(50_000).getBytes(StandardCharsets.UTF_8));
    List<Article> articles = new ArticleSplitter().split(read(file));
    long copies = articles.stream()
        .flatMap(a -> Stream.concat(Stream.of(a.kicker(), a.title(), a.subtitle()),
            a.paragraphs().stream().map(Paragraph::text)))
        .filter(line::equals)
        .count();
    // the line heads the article once; no copy of it stands in the headline group or under it
    assertEquals(1, articles.size());
    assertEquals(line, articles.get(0).title());
    assertEquals(1, copies, "of 50,000 copies, the title is kept");
  }

  @Test
  void many_lines_without_closing_punctuation_join_into_one_paragraph_of_all_their_text()
      throws IOException, IngestException {
    // each line continues the open paragraph above it; copying the paragraph per line would be quadratic
    String line = "工会服务职工走在前列并且".repeat(5); // longer than a headline, so body text
    Path file = write("open.txt", ("首行文字很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长,\n\n"
        + (line + "\n\n").repeat(200_000)).getBytes(StandardCharsets.UTF_8));
    List<Article> articles = new ArticleSplitter().split(read(file));
    assertEquals(1, articles.size());
    assertEquals(1, articles.get(0).paragraphs().size());
    assertTrue(articles.get(0).truncated());
  }

  @Test
  void crlf_and_full_width_spaces_are_normalised() throws IOException, IngestException {
    byte[] bytes = "\uFEFF工会驿站开放\r\n\r\n本报讯\u3000记者钟南报道\u3000驿站开放。\r\n".getBytes(StandardCharsets.UTF_8);
    Page page = read(write("crlf.txt", bytes));
    assertTrue(page.text().indexOf('\r') < 0);
    Article article = new ArticleSplitter().split(page).get(0);
    assertEquals("本报讯 记者钟南报道 驿站开放。", article.paragraphs().get(0).text());
  }

  @Test
  void unknown_file_type_is_refused() throws IOException {
    Path file = write("page.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    assertThrows(PageFormatException.class, () -> read(file));
  }
}
