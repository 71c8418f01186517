package gongbao.search.web;

import gongbao.search.BadRequestException;
import gongbao.search.DraftTextException;
import gongbao.search.SearchException;
import gongbao.search.SearchRequest;
import gongbao.search.query.QuerySyntaxException;
import io.javalin.http.Context;

/**
 * What the public pages say about a refused request, in Chinese: a query's mistake as the parser tells it in Chinese,
 * a page number past the window the numbered pages reach with the way on, a text to check too short or too long, and
 * the parameter's own message for the rest, which only a hand-edited link can cause.
 */
final class PageErrors {

  private PageErrors() {}

  static String explain(SearchException e, Context ctx) {
    if (e instanceof QuerySyntaxException syntax) {
      return "检索式有误：" + syntax.chinese();
    }
    if (e instanceof DraftTextException draft) {
      return draft.chinese();
    }
    if (beyondNumberedPages(ctx)) {
      return "按页码只能翻到前 " + SearchRequest.MAX_WINDOW + " 篇结果。请缩小检索范围，或从能翻到的最后一页点“更多结果”接着往后看。";
    }
    return "链接里的参数有误：" + e.getMessage();
  }

  private static boolean beyondNumberedPages(Context ctx) {
    try {
      return SearchRequest.beyondNumberedPages(
          RequestParams.page(ctx), RequestParams.size(ctx), RequestParams.optional(ctx, "cursor"));
    } catch (BadRequestException e) {
      return false;
    }
  }
}
