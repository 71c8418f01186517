package gongbao.search.web;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.BadRequestException;
import gongbao.search.Filters;
import gongbao.search.SearchRequest;
import gongbao.search.Searcher;
import gongbao.search.SortOrder;
import gongbao.search.TrendRequest;
import gongbao.search.api.SearchResponse;
import gongbao.search.api.TrendResponse;
import gongbao.search.query.QuerySyntaxException;
import gongbao.search.web.html.AboutPage;
import gongbao.search.web.html.ArticlePage;
import gongbao.search.web.html.DraftCheckPage;
import gongbao.search.web.html.SearchLink;
import gongbao.search.web.html.SearchPage;
import gongbao.search.web.html.TrendsPage;
import gongbao.search.web.html.ValueNames;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Handlers of the server-rendered pages. They parse the request with {@link RequestParams} and ask
 * the {@link Searcher} exactly what the API handlers ask, so a page and the API agree on every query.
 */
final class PageController {

  static final int RELATED_ON_ARTICLE_PAGE = 5;
  static final int MATCHES_ON_CHECK_PAGE = 20;
  private static final String HTML = "text/html; charset=utf-8";

  private final Searcher searcher;

  PageController(Searcher searcher) {
    this.searcher = searcher;
  }

  void search(Context ctx) throws IOException {
    SearchLink link;
    SearchRequest request;
    SearchResponse response;
    try {
      link = new SearchLink(RequestParams.query(ctx), RequestParams.filters(ctx), RequestParams.sort(ctx));
      if (link.query().isBlank() && !link.isFiltered()) {
        ctx.contentType(HTML).result(new SearchPage(link, null, paperNames(), null, false).render());
        return;
      }
      request = RequestParams.searchRequest(ctx);
      response = searcher.search(request);
    } catch (BadRequestException | QuerySyntaxException e) {
      String error = "无法执行这个检索。" + PageErrors.explain(e, ctx);
      SearchPage page = new SearchPage(ValidParams.search(ctx), null, paperNames(), error, false);
      ctx.status(HttpStatus.BAD_REQUEST).contentType(HTML).result(page.render());
      return;
    }
    List<String> topics = new ArrayList<>(link.filters().topics());
    response.facets().getOrDefault(IndexSchema.FACET_TOPIC, List.of()).forEach(value -> topics.add(value.value()));
    ValueNames names = new ValueNames(searcher.paperNames(), searcher.topicLabels(topics));
    ctx.contentType(HTML).result(new SearchPage(link, response, names, null, request.cursor() != null).render());
  }

  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    var article = searcher.article(id);
    String paperName = searcher.paperNames().getOrDefault(article.paper(), article.paper());
    var related = searcher.related(id, RELATED_ON_ARTICLE_PAGE);
    ctx.contentType(HTML).result(new ArticlePage(article, paperName, related).render());
  }

  void trends(Context ctx) throws IOException {
    SearchLink link;
    TrendRequest request;
    TrendResponse trend;
    try {
      link = new SearchLink(RequestParams.query(ctx), RequestParams.filters(ctx), SortOrder.RELEVANCE);
      request = RequestParams.trendRequest(ctx);
      trend = searcher.trends(link.query(), link.filters(), request);
    } catch (BadRequestException | QuerySyntaxException e) {
      SearchLink valid = new SearchLink(RequestParams.query(ctx), ValidParams.filters(ctx), SortOrder.RELEVANCE);
      String error = "无法统计这个趋势。" + PageErrors.explain(e, ctx);
      TrendsPage page = new TrendsPage(valid, ValidParams.trendRequest(ctx), null, paperNames(), error);
      ctx.status(HttpStatus.BAD_REQUEST).contentType(HTML).result(page.render());
      return;
    }
    Map<String, String> topicLabels = IndexSchema.FACET_TOPIC.equals(request.by())
        ? searcher.topicLabels(trend.series().stream().map(TrendResponse.Series::key).toList())
        : Map.of();
    ValueNames names = new ValueNames(searcher.paperNames(), topicLabels);
    ctx.contentType(HTML).result(new TrendsPage(link, request, trend, names, null).render());
  }

  void trendsCsv(Context ctx) throws IOException {
    var trend = searcher.trends(RequestParams.query(ctx), RequestParams.filters(ctx), RequestParams.trendRequest(ctx));
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"gongbao-trends.csv\"");
    ctx.result(TrendCsv.of(trend));
  }

  void checkForm(Context ctx) throws IOException {
    ctx.contentType(HTML).result(new DraftCheckPage("", "", null, searcher.paperNames(), null).render());
  }

  /** A check of a pasted text, against one paper or all: the form posts the text, too long for a link. */
  void check(Context ctx) throws IOException {
    String paper = Objects.requireNonNullElse(ctx.formParam("paper"), "").strip();
    Filters filters = RequestParams.filters(
        name -> name.equals("paper") && !paper.isEmpty() ? List.of(paper) : List.of(), null, null);
    String text = "";
    try {
      text = DraftText.fromForm(ctx);
      var result = searcher.checkDraft(text, filters, MATCHES_ON_CHECK_PAGE);
      ctx.contentType(HTML).result(new DraftCheckPage(text, paper, result, searcher.paperNames(), null).render());
    } catch (BadRequestException e) {
      DraftCheckPage page = new DraftCheckPage(text, paper, null, searcher.paperNames(), PageErrors.explain(e, ctx));
      ctx.status(HttpStatus.BAD_REQUEST).contentType(HTML).result(page.render());
    }
  }

  void about(Context ctx) throws IOException {
    ctx.contentType(HTML).result(new AboutPage(searcher.stats()).render());
  }

  /** Names for papers only: enough for a page without results. */
  private ValueNames paperNames() throws IOException {
    return new ValueNames(searcher.paperNames(), Map.of());
  }
}
