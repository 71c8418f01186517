package gongbao.search.web;

import gongbao.ingest.article.ArticleJson;
import gongbao.search.PageUploads;
import gongbao.search.SearchException;
import gongbao.search.Searcher;
import gongbao.search.api.ErrorResponse;
import gongbao.search.web.html.ErrorPage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP application: every route is registered here. Tests build it with {@code new
 * GongbaoApp(searcher).javalin()} and start it on port 0.
 */
public final class GongbaoApp {

  private static final Logger LOG = LoggerFactory.getLogger(GongbaoApp.class);
  /** Largest request accepted (page uploads). */
  public static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;
  /**
   * Largest request line and headers: room for a query at its limit of 1,000 CJK characters (9 KB
   * percent-encoded) plus filters; longer URIs are refused with a JSON 414.
   */
  public static final int MAX_REQUEST_HEADER_BYTES = 32 * 1024;

  private final ApiController api;
  private final PageController pages;
  private final AdminController admin;
  private final ClientRateLimiter rateLimiter;

  /** A read-only app: admin routes off, the default rate limit. */
  public GongbaoApp(Searcher searcher) {
    this(searcher, null, null);
  }

  /** An app whose admin upload route is on when both a token and uploads are given; the default rate limit. */
  public GongbaoApp(Searcher searcher, @Nullable String adminToken, @Nullable PageUploads uploads) {
    this(searcher, adminToken, uploads, RateLimit.DEFAULT);
  }

  /** As above, with a per-client rate limit ({@link RateLimit#OFF} for none). */
  public GongbaoApp(Searcher searcher, @Nullable String adminToken, @Nullable PageUploads uploads, RateLimit rateLimit) {
    this.api = new ApiController(searcher);
    this.pages = new PageController(searcher);
    this.admin = new AdminController(adminToken, uploads);
    this.rateLimiter = new ClientRateLimiter(rateLimit, System::nanoTime);
  }

  public Javalin javalin() {
    List<ApiRoute> apiRoutes = api.routes();
    Map<String, Object> openApi = OpenApiDocument.of(apiRoutes);
    return Javalin.create(
        config -> {
          config.jsonMapper(new JavalinJackson(ArticleJson.newMapper(), false));
          config.startup.showJavalinBanner = false;
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
          config.jetty.modifyServer(server -> {
            server.setErrorHandler(new ProtocolErrorHandler());
            TargetKeepingConnectionFactory.installOn(server);
          });
          config.jetty.modifyServletContextHandler(context ->
              context.addFilter(new FilterHolder(new UnknownMethodFilter()), "/*", EnumSet.of(DispatcherType.REQUEST)));
          config.routes.before(GongbaoApp::commonHeaders);
          config.routes.before(rateLimiter::check);
          for (ApiRoute route : apiRoutes) {
            config.routes.addHttpHandler(route.method(), route.path(), route.handler());
          }
          config.routes.addHttpHandler(HandlerType.POST, "/api/v1/admin/ingest", admin::ingest);
          config.routes.get("/openapi.json", ctx -> ctx.json(openApi));
          config.routes.get("/", pages::search);
          config.routes.get("/articles/{id}", pages::article);
          config.routes.get("/trends", pages::trends);
          config.routes.get("/trends.csv", pages::trendsCsv);
          config.routes.get("/about", pages::about);
          config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/gongbao/static";
            files.location = Location.CLASSPATH;
          });
          config.routes.exception(SearchException.class, GongbaoApp::searchError);
          config.routes.exception(HttpResponseException.class, GongbaoApp::httpError);
          config.routes.exception(Exception.class, GongbaoApp::unexpectedError);
        });
  }

  private static void commonHeaders(Context ctx) {
    SecurityHeaders.ALL.forEach(ctx::header);
    if (ctx.path().startsWith("/api/") && ctx.method() == HandlerType.GET) {
      ctx.header("Access-Control-Allow-Origin", "*");
    }
  }

  private static void searchError(SearchException e, Context ctx) {
    HttpStatus status =
        switch (e.code()) {
          case "not_found" -> HttpStatus.NOT_FOUND;
          case "no_index", "timeout", "busy" -> HttpStatus.SERVICE_UNAVAILABLE;
          default -> HttpStatus.BAD_REQUEST;
        };
    respondError(ctx, status, e.code(), e.getMessage());
  }

  /** Javalin's own refusals: no such route, wrong method, request too large, 401/403. */
  private static void httpError(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    String code = switch (e.getStatus()) {
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 413 -> "too_large";
      case 429 -> "too_many_requests";
      default -> "http_" + e.getStatus();
    };
    String message = e.getStatus() == 404 ? "no such page or route: " + ctx.path() : e.getMessage();
    respondError(ctx, status, code, message);
  }

  private static void unexpectedError(Exception e, Context ctx) {
    LOG.error("request {} failed", ctx.path(), e);
    respondError(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "the server failed to answer; the error is logged");
  }

  /** Errors are JSON under /api, /healthz and /openapi.json, and a readable page elsewhere. */
  static boolean answersJson(String path) {
    return path.startsWith("/api/") || path.equals("/healthz") || path.equals("/openapi.json");
  }

  private static void respondError(Context ctx, HttpStatus status, String code, String message) {
    ctx.status(status);
    if (answersJson(ctx.path())) {
      ctx.json(ErrorResponse.of(code, message));
    } else {
      ctx.contentType("text/html; charset=utf-8").result(new ErrorPage(status.getCode(), message).render());
    }
  }
}
