package gongbao.search.web.html;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.IndexStats;

/** What the archive holds, how to search it, and where the API is. */
public record AboutPage(IndexStats stats) {

  public String render() {
    HtmlWriter html = PageShell.open("关于 · 工报", PageShell.Section.ABOUT);
    html.element("h1", "关于工报");
    html.element("p", "工报是工会报刊的全文检索库：把报纸版面切分成一篇篇文章，标注地区、工会组织和主题，供编辑查证、研究者统计、公众阅读。",
        "class", "lead");
    holdings(html);
    html.open("section", "aria-labelledby", "how-heading").element("h2", "怎样检索", "id", "how-heading")
        .open("ul")
        .element("li", "在检索框输入词语，多个词用空格隔开，文章须包含全部词语。")
        .element("li", "给短语加引号（\"工会驿站\"）可一字不差地查找，不会漏掉任何包含它的文章。")
        .element("li", "在结果旁的筛选栏按地区、年份、报刊、主题、工会、人物缩小范围；每个筛选都是一个链接，可收藏或分享。")
        .element("li", "在文章页可以看到同一稿件在其他报刊的刊载、相关文章，以及可复制的引用格式。")
        .close("ul");
    QueryHelp.write(html);
    html.close("section");
    html.open("section", "aria-labelledby", "api-heading").element("h2", "数据接口", "id", "api-heading")
        .open("p").text("页面上的每一次检索都可以通过 JSON 接口得到同样的结果，例如 ")
        .element("code", "/api/v1/search?q=劳模")
        .text("。接口说明见 ").link("/openapi.json", "OpenAPI 文档").text("；全部命中可用 ")
        .element("code", "/api/v1/export?q=…&format=csv")
        .text(" 导出，不设上限。").close("p").close("section");
    return PageShell.close(html);
  }

  private void holdings(HtmlWriter html) {
    html.open("section", "aria-labelledby", "holdings-heading").element("h2", "收录情况", "id", "holdings-heading");
    html.open("dl", "class", "stats")
        .element("dt", "文章").element("dd", stats.articles() + " 篇")
        .element("dt", "版面").element("dd", stats.pages() + " 个")
        .element("dt", "报刊").element("dd", stats.papers().size() + " 种")
        .element("dt", "时间范围").element("dd", stats.firstDate() == null ? "暂无日期"
            : ArticleFacts.date(stats.firstDate()) + " 至 " + ArticleFacts.date(stats.lastDate()))
        .close("dl");
    if (!stats.papers().isEmpty()) {
      html.open("table").element("caption", "各报刊文章数").open("thead").open("tr")
          .element("th", "报刊", "scope", "col").element("th", "文章", "scope", "col").close("tr").close("thead").open("tbody");
      for (IndexStats.PaperCount paper : stats.papers()) {
        html.open("tr").open("th", "scope", "row")
            .link(SearchLink.browse(IndexSchema.FACET_PAPER, paper.id()).href(), paper.name())
            .close("th").element("td", Integer.toString(paper.articles())).close("tr");
      }
      html.close("tbody").close("table");
    }
    html.close("section");
  }
}
