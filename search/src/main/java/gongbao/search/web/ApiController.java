package gongbao.search.web;

import static gongbao.search.web.ApiParam.path;
import static gongbao.search.web.ApiParam.query;
import static gongbao.search.web.ApiParam.repeatable;
import static gongbao.search.web.ApiParam.required;

import gongbao.ingest.article.ArticleKind;
import gongbao.search.ExportFormat;
import gongbao.search.Filters;
import gongbao.search.SearchRequest;
import gongbao.search.Searcher;
import gongbao.search.TrendRequest;
import gongbao.search.api.DraftCheckResponse;
import gongbao.search.api.Health;
import gongbao.search.query.QueryParser;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Handlers of the JSON API under {@code /api/v1}, and the table that registers and documents them. */
final class ApiController {

  static final int MAX_RELATED = 50;
  static final String SIMILAR_PATH = "/api/v1/similar";
  static final int MAX_KWIC_LINES = 1000;
  static final int MAX_SUGGESTIONS = 20;

  private static final List<ApiParam> FILTERS = List.of(
      repeatable("region", "region path (浙江省/宁波市), place name (宁波市) or GB/T 2260 code (330200); repeatable, any of"),
      repeatable("union", "canonical union name; repeatable, any of"),
      repeatable("topic", "topic id; repeatable, any of"),
      repeatable("paper", "paper id; repeatable, any of"),
      repeatable("person", "person named in the story; repeatable, any of"),
      repeatable("kind", "news, photo, commentary, brief or toc; repeatable, any of")
          .with("enum", Arrays.stream(ArticleKind.values()).map(ArticleKind::id).toList()),
      query("from", "string", "first date, yyyy-mm-dd").with("format", "date"),
      query("to", "string", "last date, yyyy-mm-dd").with("format", "date"));

  private final Searcher searcher;

  ApiController(Searcher searcher) {
    this.searcher = searcher;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(HandlerType.GET, "/api/v1/search", "search",
            "Search articles: hits with marked snippets, facet counts and a cursor",
            with(FILTERS,
                query("q", "string", "query (words ANDed, \"phrase\", -exclude, OR, title: byline: paper: kind: "
                    + "region: union: topic: person:, parentheses); optional when a filter is set")
                    .with("maxLength", QueryParser.MAX_QUERY_CHARS),
                query("sort", "string", "relevance (default), newest or oldest; ties broken by id")
                    .oneOf("relevance", "newest", "oldest"),
                query("page", "integer", "page number from 1 (default 1); page × size at most "
                    + SearchRequest.MAX_WINDOW + ", beyond that use the cursor").with("minimum", 1).with("default", 1),
                query("size", "integer", "hits per page, 1-100 (default 10)")
                    .range(1, SearchRequest.MAX_SIZE, SearchRequest.DEFAULT_SIZE),
                query("cursor", "string", "nextCursor of the previous page, for deep paging")),
            returnType("search", SearchRequest.class), this::search),
        new ApiRoute(HandlerType.GET, "/api/v1/articles/{id}", "article", "One article in full (the article model)",
            List.of(path("id", "article id")), returnType("article", String.class), this::article),
        new ApiRoute(HandlerType.GET, "/api/v1/articles/{id}/related", "related",
            "Other printings of the same story, and similar articles",
            List.of(path("id", "article id"),
                query("size", "integer", "similar articles wanted, 1-50 (default 10)").range(1, MAX_RELATED, 10)),
            returnType("related", String.class, int.class), this::related),
        new ApiRoute(HandlerType.POST, SIMILAR_PATH, "similar", "Check a text against the archive: the articles that "
            + "print most of it first (the share of its runs of four characters each prints, and the longest passage), "
            + "then articles on the same subject. The body is JSON {\"text\": \"…\"} or the form field text: at least "
            + DraftCheckResponse.MIN_TEXT_CHARS + " letters, digits or ideographs, at most "
            + DraftCheckResponse.MAX_TEXT_CHARS + " characters",
            with(FILTERS, query("size", "integer", "articles wanted, 1-50 (default 10)").range(1, MAX_RELATED, 10)),
            returnType("checkDraft", String.class, Filters.class, int.class), this::similar),
        new ApiRoute(HandlerType.GET, "/api/v1/trends", "trends",
            "Counts per year or month, optionally split by a dimension",
            with(FILTERS,
                query("q", "string", "query; empty counts every article")
                    .with("maxLength", QueryParser.MAX_QUERY_CHARS),
                query("interval", "string", "year (default) or month").oneOf("year", "month"),
                query("by", "string", "topic, region (provinces), union or paper")
                    .with("enum", List.of("topic", "region", "union", "paper")),
                query("measure", "string", "count (default) or share of all articles in the period")
                    .oneOf("count", "share"),
                query("distinct", "boolean", "true to count a reprinted story once").with("default", false)),
            returnType("trends", String.class, Filters.class, TrendRequest.class), this::trends),
        new ApiRoute(HandlerType.GET, "/api/v1/export", "export", "Every match, streamed, with metadata and full text",
            with(FILTERS,
                query("q", "string", "query; empty exports every article (with filters)")
                    .with("maxLength", QueryParser.MAX_QUERY_CHARS),
                query("format", "string", "csv (default, UTF-8 with BOM) or jsonl").oneOf("csv", "jsonl")),
            null, this::export),
        new ApiRoute(HandlerType.GET, "/api/v1/kwic", "kwic", "Keyword-in-context lines",
            with(FILTERS, required("q", "string", "query").with("maxLength", QueryParser.MAX_QUERY_CHARS),
                query("size", "integer", "lines wanted, 1-1000 (default 100)").range(1, MAX_KWIC_LINES, 100)),
            returnType("kwic", String.class, Filters.class, int.class), this::kwic),
        new ApiRoute(HandlerType.GET, "/api/v1/suggest", "suggest", "Completions: titles, unions, regions, persons",
            List.of(required("prefix", "string", "the start of a name or title")
                    .with("maxLength", Searcher.MAX_PREFIX_CHARS),
                query("size", "integer", "completions wanted, 1-20 (default 10)").range(1, MAX_SUGGESTIONS, 10)),
            returnType("suggest", String.class, int.class), this::suggest),
        new ApiRoute(HandlerType.GET, "/api/v1/stats", "stats", "What the index holds", List.of(),
            returnType("stats"), this::stats),
        new ApiRoute(
            HandlerType.GET, "/healthz", "health", "Liveness", List.of(), Health.class, ApiController::health));
  }

  /** What the {@link Searcher} method answering a route returns: the type the route's JSON is written from. */
  private static Type returnType(String method, Class<?>... parameters) {
    try {
      return Searcher.class.getMethod(method, parameters).getGenericReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Searcher has no " + method, e);
    }
  }

  private static List<ApiParam> with(List<ApiParam> common, ApiParam... own) {
    List<ApiParam> all = new ArrayList<>(List.of(own));
    all.addAll(common);
    return all;
  }

  static void health(Context ctx) {
    ctx.json(Health.OK);
  }

  void search(Context ctx) throws IOException {
    ctx.json(searcher.search(RequestParams.searchRequest(ctx)));
  }

  void article(Context ctx) throws IOException {
    ctx.json(searcher.article(ctx.pathParam("id")));
  }

  void related(Context ctx) throws IOException {
    ctx.json(searcher.related(ctx.pathParam("id"), RequestParams.integer(ctx, "size", 10, 1, MAX_RELATED)));
  }

  void similar(Context ctx) throws IOException {
    ctx.json(searcher.checkDraft(DraftText.of(ctx), RequestParams.filters(ctx),
        RequestParams.integer(ctx, "size", 10, 1, MAX_RELATED)));
  }

  void trends(Context ctx) throws IOException {
    ctx.json(searcher.trends(RequestParams.query(ctx), RequestParams.filters(ctx), RequestParams.trendRequest(ctx)));
  }

  void export(Context ctx) throws IOException {
    ExportFormat format = ExportFormat.parse(RequestParams.text(ctx, "format", "csv"));
    String query = RequestParams.query(ctx);
    var filters = RequestParams.filters(ctx);
    searcher.validate(query, filters);
    ctx.contentType(format.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"gongbao-export." + format.extension() + "\"");
    searcher.export(query, filters, format, ctx.outputStream());
  }

  void kwic(Context ctx) throws IOException {
    String query = RequestParams.query(ctx);
    if (query.isBlank()) {
      throw new gongbao.search.BadRequestException("parameter 'q' is required");
    }
    ctx.json(searcher.kwic(query, RequestParams.filters(ctx), RequestParams.integer(ctx, "size", 100, 1, MAX_KWIC_LINES)));
  }

  void suggest(Context ctx) throws IOException {
    ctx.json(searcher.suggest(RequestParams.text(ctx, "prefix", ""), RequestParams.integer(ctx, "size", 10, 1, MAX_SUGGESTIONS)));
  }

  void stats(Context ctx) throws IOException {
    ctx.json(searcher.stats());
  }
}
