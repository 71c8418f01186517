package gongbao.search;

import java.util.Locale;

/** The formats every match can be exported in. */
public enum ExportFormat {
  CSV("text/csv; charset=utf-8", "csv"),
  JSONL("application/x-ndjson; charset=utf-8", "jsonl");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public static ExportFormat parse(String value) {
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("format must be csv or jsonl, not '" + value + "'");
    }
  }
}
