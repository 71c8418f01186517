package gongbao.search.web;

import gongbao.ingest.article.ArticleJson;
import gongbao.search.PageUploads;
import gongbao.search.SearchException;
import gongbao.search.Searcher;
import gongbao.search.api.ErrorResponse;
import gongbao.search.web.html.ErrorPage;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
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
          config.http.prefer405over404 = true;
          config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
            // buffers are not pooled (UnpooledConnector); heap buffers are the cheap ones to allocate per request
            http.setUseInputDirectByteBuffers(false);
            http.setUseOutputDirectByteBuffers(false);
          });
          config.jetty.addConnector((server, http) -> UnpooledConnector.create(server, http, config.jetty));
          config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrorHandler()));
          config.jetty.modifyServletContextHandler(context ->
              context.addFilter(new FilterHolder(new UnknownMethodFilter()), "/*", EnumSet.of(DispatcherType.REQUEST)));
          config.routes.before(GongbaoApp::commonHeaders);
          config.routes.before(rateLimiter::check);
          config.routes.before(ctx -> PercentEscapes.check(ctx.queryString()));
          for (ApiRoute route : apiRoutes) {
            Handler checked = ctx -> {
              route.checkQueryParameters(ctx);
              route.handler().handle(ctx);
            };
            if (route.method() == HandlerType.GET) {
              readable(config, route.path(), checked);
            } else {
              config.routes.addHttpHandler(route.method(), route.path(), checked);
            }
            if (isPublicApi(route.path())) {
              config.routes.addHttpHandler(HandlerType.OPTIONS, route.path(), preflight(route));
            }
          }
          config.routes.addHttpHandler(HandlerType.POST, AdminController.PATH, admin::ingest);
          readable(config, "/openapi.json", ctx -> ctx.json(openApi));
          readable(config, "/", pages::search);
          readable(config, "/articles/{id}", pages::article);
          readable(config, "/trends", pages::trends);
          readable(config, "/trends.csv", pages::trendsCsv);
          readable(config, "/about", pages::about);
          readable(config, "/check", pages::checkForm);
          config.routes.addHttpHandler(HandlerType.POST, "/check", pages::check);
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

  /**
   * A GET route, and HEAD on the same path answering as GET would (status and headers; Jetty sends no body for HEAD).
   * Without it a HEAD answered 200 whatever the GET would have answered.
   */
  private static void readable(JavalinConfig config, String path, Handler handler) {
    config.routes.addHttpHandler(HandlerType.GET, path, handler);
    config.routes.addHttpHandler(HandlerType.HEAD, path, handler);
  }

  /**
   * Security headers on every answer; {@code Vary}, since large answers are gzipped for clients that ask; and for the
   * public API (not the admin route) any origin, with the headers a script needs to read (when to retry, the export's
   * file name).
   */
  private static void commonHeaders(Context ctx) {
    SecurityHeaders.ALL.forEach(ctx::header);
    ctx.header("Vary", "Accept-Encoding");
    if (isPublicApi(ctx.path())) {
      ctx.header("Access-Control-Allow-Origin", "*");
      ctx.header("Access-Control-Expose-Headers", "Retry-After, Content-Disposition");
    }
  }

  static boolean isPublicApi(String path) {
    return path.startsWith("/api/") && !path.startsWith(AdminController.PATH);
  }

  /**
   * A browser's preflight before a cross-origin request that is not simple (a header of its own, a JSON body): the
   * route's methods, the headers asked for, and how long to remember the answer.
   */
  private static Handler preflight(ApiRoute route) {
    String methods = route.method() == HandlerType.GET ? "GET, HEAD" : route.method().name();
    return ctx -> {
      String asked = ctx.header("Access-Control-Request-Headers");
      ctx.header("Access-Control-Allow-Methods", methods);
      if (asked != null) {
        ctx.header("Access-Control-Allow-Headers", asked);
      }
      ctx.header("Access-Control-Max-Age", "86400");
      ctx.status(HttpStatus.NO_CONTENT);
    };
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
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 429 -> "too_many_requests";
      default -> "http_" + e.getStatus();
    };
    String message = e.getStatus() == 404 ? "no such page or route: " + ctx.path() : e.getMessage();
    String allowed = e.getDetails().get("availableMethods");
    if (e.getStatus() == 405 && allowed != null) {
      ctx.header("Allow", allowed);
      message = ctx.method().name() + " is not a method of " + ctx.path() + "; use " + allowed;
    }
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
