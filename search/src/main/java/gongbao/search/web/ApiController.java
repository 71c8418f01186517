package gongbao.search.web;

import gongbao.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** Handlers of the JSON API under {@code /api/v1}. */
final class ApiController {

  private final Searcher searcher;

  ApiController(Searcher searcher) {
    this.searcher = searcher;
  }

  static void health(Context ctx) {
    ctx.json(Map.of("status", "ok"));
  }

  void search(Context ctx) throws IOException {
    ctx.json(searcher.search(RequestParams.searchRequest(ctx)));
  }

  void article(Context ctx) throws IOException {
    ctx.json(searcher.article(ctx.pathParam("id")));
  }

  void stats(Context ctx) throws IOException {
    ctx.json(searcher.stats());
  }
}
