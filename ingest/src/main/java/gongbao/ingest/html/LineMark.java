package gongbao.ingest.html;

/** What the markup of an HTML page shows a line of its article's text to be, beyond a paragraph of text. */
public enum LineMark {
  /** A heading: in {@code h2}–{@code h6}, in an element named for a title, or bold type from end to end. */
  HEADING,
  /** A photo's caption: under an image, in a caption box, centred apart from the text or with a photo credit. */
  CAPTION,
  /** Text that is never a heading: a line of code ({@code pre}, {@code code}) or a list's item. */
  TEXT
}
