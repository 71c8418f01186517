package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellTest {

  @Test
  void a_value_a_spreadsheet_would_run_as_a_formula_is_shown_as_text() {
    assertEquals("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"点击\"\")\"",
        CsvCell.of("=HYPERLINK(\"http://x.example\",\"点击\")"));
    assertEquals("'+86 571", CsvCell.of("+86 571"));
    assertEquals("'@职工", CsvCell.of("@职工"));
  }

  @Test
  void commas_quotes_and_line_breaks_are_quoted_and_plain_text_is_not() {
    assertEquals("\"劳模,工匠\"", CsvCell.of("劳模,工匠"));
    assertEquals("\"第一段\n第二段\"", CsvCell.of("第一段\n第二段"));
    assertEquals("工会驿站", CsvCell.of("工会驿站"));
    assertEquals("", CsvCell.of(""));
  }
}
