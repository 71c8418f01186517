package gongbao.ingest.article;

import java.util.Objects;

/** One body paragraph; {@code subhead} marks an in-article subheading. */
public record Paragraph(String text, boolean subhead) {

  public Paragraph {
    Objects.requireNonNull(text, "text");
  }

  public static Paragraph body(String text) {
    return new Paragraph(text, false);
  }
}
