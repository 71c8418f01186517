package gongbao.search;

/**
 * One field of the CSV files the archive writes (exports, trend tables), as RFC 4180 and spreadsheets want it: quoted
 * where it holds a comma, quote or line break, quotes doubled; a value a spreadsheet would run as a formula ({@code =},
 * {@code +}, {@code -}, {@code @} first: a headline such as {@code =HYPERLINK(…)}) gets an apostrophe in front, which
 * spreadsheets show as text and do not display.
 */
public final class CsvCell {

  private CsvCell() {}

  public static String of(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
