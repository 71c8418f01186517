package gongbao.search.web.html;

import gongbao.search.SnippetBuilder;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML (and inline SVG) so that text cannot become markup: element and attribute names must
 * be plain names written in code, and every text and attribute value is escaped. The one way to
 * insert markup, {@link #snippet}, takes only the output of {@link SnippetBuilder}.
 */
public final class HtmlWriter {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  private final StringBuilder html = new StringBuilder(16 * 1024);

  /** Opens an element; attributes come as name, value pairs, and a pair whose value is null is left out. */
  public HtmlWriter open(String tag, @Nullable String... attributes) {
    html.append('<').append(name(tag));
    attributes(attributes);
    html.append('>');
    return this;
  }

  /** An element without content, self-closed so that it also ends SVG shapes ({@code input}, {@code circle}). */
  public HtmlWriter empty(String tag, @Nullable String... attributes) {
    html.append('<').append(name(tag));
    attributes(attributes);
    html.append("/>");
    return this;
  }

  public HtmlWriter close(String tag) {
    html.append("</").append(name(tag)).append('>');
    return this;
  }

  /** An element holding only text. */
  public HtmlWriter element(String tag, String text, @Nullable String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A link holding only text. */
  public HtmlWriter link(String href, String text, @Nullable String... attributes) {
    html.append("<a href=\"");
    escape(href);
    html.append('"');
    attributes(attributes);
    html.append('>');
    return text(text).close("a");
  }

  public HtmlWriter text(String text) {
    escape(text);
    return this;
  }

  /** A search snippet as {@link SnippetBuilder} made it: escaped text with {@code <mark>} around matches. */
  public HtmlWriter snippet(String snippetHtml) {
    html.append(snippetHtml);
    return this;
  }

  public HtmlWriter doctype() {
    html.append("<!doctype html>");
    return this;
  }

  @Override
  public String toString() {
    return html.toString();
  }

  private void attributes(@Nullable String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String attributeName = attributes[i];
      String value = attributes[i + 1];
      if (attributeName == null) {
        throw new IllegalArgumentException("attribute name missing");
      }
      if (value != null) {
        html.append(' ').append(name(attributeName)).append("=\"");
        escape(value);
        html.append('"');
      }
    }
  }

  private void escape(String text) {
    SnippetBuilder.escape(html, text, 0, text.length());
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an element or attribute name: " + name);
    }
    return name;
  }
}
