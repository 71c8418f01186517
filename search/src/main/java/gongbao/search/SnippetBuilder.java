package gongbao.search;

import java.util.List;

/**
 * A short passage of an article's text around the first match, HTML-escaped, with every occurrence
 * of a query term wrapped in {@code <mark>}, where {@link TermSpans} finds it.
 */
public final class SnippetBuilder {

  static final int SNIPPET_CHARS = 120;
  private static final int LEAD_CHARS = 30;

  private SnippetBuilder() {}

  public static String build(String text, List<String> terms) {
    List<int[]> spans = TermSpans.find(text, terms);
    int first = spans.isEmpty() ? 0 : spans.get(0)[0];
    int start = Math.max(0, Math.min(first - LEAD_CHARS, text.length() - SNIPPET_CHARS));
    int end = Math.min(text.length(), start + SNIPPET_CHARS);
    StringBuilder html = new StringBuilder();
    if (start > 0) {
      html.append('…');
    }
    int pos = start;
    for (int[] span : spans) {
      if (span[0] < pos || span[0] >= end) {
        continue;
      }
      int spanEnd = Math.min(span[1], end);
      escape(html, text, pos, span[0]);
      html.append("<mark>");
      escape(html, text, span[0], spanEnd);
      html.append("</mark>");
      pos = spanEnd;
    }
    escape(html, text, pos, end);
    if (end < text.length()) {
      html.append('…');
    }
    return html.toString();
  }

  /** Appends text[from, to) with HTML special characters escaped. */
  public static void escape(StringBuilder html, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
