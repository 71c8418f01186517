package gongbao.search.web;

import gongbao.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;

/** Handlers of the server-rendered pages; they work without JavaScript. */
final class PageController {

  private final Searcher searcher;

  PageController(Searcher searcher) {
    this.searcher = searcher;
  }

  void search(Context ctx) throws IOException {
    String query = RequestParams.query(ctx);
    String html =
        query.isBlank() && ctx.queryParamMap().isEmpty()
            ? HtmlPages.searchPage("", null)
            : HtmlPages.searchPage(query, searcher.search(RequestParams.searchRequest(ctx)));
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  void article(Context ctx) throws IOException {
    var article = searcher.article(ctx.pathParam("id"));
    String paperName = searcher.paperNames().getOrDefault(article.paper(), article.paper());
    ctx.contentType("text/html; charset=utf-8").result(HtmlPages.articlePage(article, paperName));
  }
}
