package gongbao.search.web;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.Paragraph;
import gongbao.search.SnippetBuilder;
import gongbao.search.api.SearchHit;
import gongbao.search.api.SearchResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The server-rendered pages. Every piece of text from the corpus or the request is HTML-escaped; the
 * only markup taken as is, is the snippet's, which {@link SnippetBuilder} escapes itself and marks
 * with {@code <mark>}.
 */
final class HtmlPages {

  private static final String STYLE =
      "body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.6;color:#1a1a1a}"
          + "form{display:flex;gap:.5rem;margin:1rem 0}input[type=search]{flex:1;font-size:1.1rem;padding:.4rem}"
          + "button{font-size:1.1rem;padding:.4rem 1rem}.hit{margin:1.2rem 0}.meta{color:#555;font-size:.9rem}"
          + "mark{background:#ffe58a}.kicker,.subtitle{color:#444;margin:0}h1 a,h2 a{color:#0b4f9c}"
          + "article p{text-indent:2em}p.subhead{font-weight:bold;text-indent:0}";

  private HtmlPages() {}

  static String searchPage(String query, @Nullable SearchResponse results) {
    StringBuilder html = new StringBuilder();
    head(html, query.isEmpty() ? "工报 · 工会报刊检索" : query + " · 工报检索");
    html.append("<header><h1><a href=\"/\">工报</a></h1><p>工会报刊全文检索</p></header><main>");
    html.append("<form action=\"/\" method=\"get\" role=\"search\"><label for=\"q\" class=\"visually-hidden\">检索词</label>")
        .append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").append(escape(query))
        .append("\" placeholder=\"例如:劳模工匠 或 \u201c工会驿站\u201d\"><button type=\"submit\">检索</button></form>");
    if (results != null) {
      html.append("<p class=\"meta\">共 ").append(results.total()).append(" 篇</p>");
      if (results.hits().isEmpty()) {
        html.append("<p>没有找到相关文章。可以试试更短的词,或去掉引号。</p>");
      }
      for (SearchHit hit : results.hits()) {
        hit(html, hit);
      }
    }
    html.append("</main>");
    return foot(html);
  }

  private static void hit(StringBuilder html, SearchHit hit) {
    html.append("<section class=\"hit\">");
    if (hit.kicker() != null) {
      html.append("<p class=\"kicker\">").append(escape(hit.kicker())).append("</p>");
    }
    html.append("<h2><a href=\"/articles/").append(escape(urlPath(hit.id()))).append("\">")
        .append(escape(hit.title())).append("</a></h2>");
    if (hit.subtitle() != null) {
      html.append("<p class=\"subtitle\">").append(escape(hit.subtitle())).append("</p>");
    }
    html.append("<p class=\"meta\">").append(escape(hit.paperName()));
    if (hit.date() != null) {
      html.append(" · ").append(hit.date()).append(hit.dateInferred() ? "(推断)" : "");
    }
    if (!hit.byline().isEmpty()) {
      html.append(" · ").append(escape(String.join(" ", hit.byline())));
    }
    html.append("</p><p>").append(hit.snippet()).append("</p></section>");
  }

  static String articlePage(Article article, String paperName) {
    StringBuilder html = new StringBuilder();
    head(html, article.title() + " · 工报");
    html.append("<header><p><a href=\"/\">工报</a></p></header><main><article>");
    if (article.kicker() != null) {
      html.append("<p class=\"kicker\">").append(escape(article.kicker())).append("</p>");
    }
    html.append("<h1>").append(escape(article.title())).append("</h1>");
    if (article.subtitle() != null) {
      html.append("<p class=\"subtitle\">").append(escape(article.subtitle())).append("</p>");
    }
    html.append("<p class=\"meta\">").append(escape(paperName));
    if (article.date() != null) {
      html.append(" · ").append(article.date()).append(article.dateInferred() ? "(推断)" : "");
    }
    if (!article.byline().allNames().isEmpty()) {
      html.append(" · ").append(escape(String.join(" ", article.byline().allNames())));
    }
    html.append("</p>");
    for (Paragraph paragraph : article.paragraphs()) {
      html.append(paragraph.subhead() ? "<p class=\"subhead\">" : "<p>").append(escape(paragraph.text())).append("</p>");
    }
    html.append("</article></main>");
    return foot(html);
  }

  static String errorPage(int status, String message) {
    StringBuilder html = new StringBuilder();
    head(html, "出错了 · 工报");
    html.append("<main><h1>").append(status).append("</h1><p>").append(escape(message))
        .append("</p><p><a href=\"/\">返回检索</a></p></main>");
    return foot(html);
  }

  private static void head(StringBuilder html, String title) {
    html.append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
        .append(escape(title)).append("</title><style>").append(STYLE)
        .append(".visually-hidden{position:absolute;left:-9999px}</style></head><body>");
  }

  private static String foot(StringBuilder html) {
    return html.append("</body></html>").toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    SnippetBuilder.escape(out, text, 0, text.length());
    return out.toString();
  }

  private static String urlPath(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
  }
}
