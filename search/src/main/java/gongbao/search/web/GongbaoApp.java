package gongbao.search.web;

import gongbao.ingest.article.ArticleJson;
import gongbao.search.SearchException;
import gongbao.search.Searcher;
import gongbao.search.api.ErrorResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP application: every route is registered here. Tests build it with {@code new
 * GongbaoApp(searcher).javalin()} and start it on port 0.
 */
public final class GongbaoApp {

  private static final Logger LOG = LoggerFactory.getLogger(GongbaoApp.class);

  private final ApiController api;
  private final PageController pages;

  public GongbaoApp(Searcher searcher) {
    this.api = new ApiController(searcher);
    this.pages = new PageController(searcher);
  }

  public Javalin javalin() {
    return Javalin.create(
        config -> {
          config.jsonMapper(new JavalinJackson(ArticleJson.newMapper(), false));
          config.startup.showJavalinBanner = false;
          config.routes.before(GongbaoApp::securityHeaders);
          config.routes.get("/healthz", ApiController::health);
          config.routes.get("/api/v1/search", api::search);
          config.routes.get("/api/v1/articles/{id}", api::article);
          config.routes.get("/api/v1/stats", api::stats);
          config.routes.get("/", pages::search);
          config.routes.get("/articles/{id}", pages::article);
          config.routes.exception(SearchException.class, GongbaoApp::searchError);
          config.routes.exception(HttpResponseException.class, GongbaoApp::httpError);
          config.routes.exception(Exception.class, GongbaoApp::unexpectedError);
        });
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
  }

  private static void searchError(SearchException e, Context ctx) {
    HttpStatus status =
        switch (e.code()) {
          case "not_found" -> HttpStatus.NOT_FOUND;
          case "no_index" -> HttpStatus.SERVICE_UNAVAILABLE;
          default -> HttpStatus.BAD_REQUEST;
        };
    respondError(ctx, status, e.code(), e.getMessage());
  }

  private static void unexpectedError(Exception e, Context ctx) {
    LOG.error("request {} failed", ctx.path(), e);
    respondError(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "the server failed to answer; the error is logged");
  }

  /** Javalin's own refusals: no such route, wrong method, request too large. */
  private static void httpError(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    String message = status == HttpStatus.NOT_FOUND ? "no such page or route: " + ctx.path() : e.getMessage();
    respondError(ctx, status, status == HttpStatus.NOT_FOUND ? "not_found" : "http_" + e.getStatus(), message);
  }

  /** Errors are JSON under /api and /healthz, and a readable page elsewhere. */
  private static void respondError(Context ctx, HttpStatus status, String code, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/healthz")) {
      ctx.json(ErrorResponse.of(code, message));
    } else {
      ctx.contentType("text/html; charset=utf-8").result(HtmlPages.errorPage(status.getCode(), message));
    }
  }
}
