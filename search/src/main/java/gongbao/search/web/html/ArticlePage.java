package gongbao.search.web.html;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.Filters;
import gongbao.search.SortOrder;
import gongbao.search.api.RelatedResponse;
import gongbao.search.api.SearchHit;
import java.util.List;

/**
 * One article: headline group, where and when it appeared, byline, the body as paragraphs with its
 * subheads, captions, reading tip, tags that open filtered searches, a citation to copy, other
 * printings of the story and related articles.
 */
public record ArticlePage(Article article, String paperName, RelatedResponse related) {

  public String render() {
    HtmlWriter html = PageShell.open(article.title() + " · 工报", PageShell.Section.NONE);
    html.open("div", "class", "article-layout").open("article", "class", "article", "aria-labelledby", "article-title");
    headline(html);
    if (article.readingTip() != null) {
      html.open("aside", "class", "reading-tip", "aria-label", "阅读提示").element("strong", "阅读提示")
          .element("p", article.readingTip()).close("aside");
    }
    html.open("div", "class", "body");
    for (Paragraph paragraph : article.paragraphs()) {
      html.element(paragraph.subhead() ? "h2" : "p", paragraph.text(), "class", paragraph.subhead() ? "subhead" : null);
    }
    if (article.truncated()) {
      html.element("p", "（本文转至他版，此处未完）", "class", "note");
    }
    html.close("div");
    captions(html);
    tags(html);
    citation(html);
    html.close("article");
    relatedLists(html);
    html.close("div");
    return PageShell.close(html);
  }

  private void headline(HtmlWriter html) {
    html.open("header", "class", "headline");
    if (article.kicker() != null) {
      html.element("p", article.kicker(), "class", "kicker");
    }
    html.open("h1", "id", "article-title").text(article.title()).close("h1");
    if (article.subtitle() != null) {
      html.element("p", article.subtitle(), "class", "subtitle");
    }
    html.open("p", "class", "meta").element("span", paperName);
    html.open("span").text(ArticleFacts.date(article.date()));
    if (article.dateInferred()) {
      html.element("abbr", "（推断）", "title", "日期由正文推断，未经版面核实");
    }
    html.close("span");
    if (article.page() != null) {
      html.element("span", ArticleFacts.page(article.page()) + (article.pageName() == null ? "" : " " + article.pageName()));
    }
    if (article.column() != null) {
      html.element("span", "栏目：" + article.column());
    }
    html.close("p");
    byline(html, article.byline());
    html.close("header");
  }

  private static void byline(HtmlWriter html, Byline byline) {
    if (byline.allNames().isEmpty()) {
      return;
    }
    html.open("p", "class", "byline");
    role(html, "记者", byline.reporters());
    role(html, "通讯员", byline.correspondents());
    role(html, "摄影", byline.photographers());
    role(html, "作者", byline.authors());
    html.close("p");
  }

  private static void role(HtmlWriter html, String label, List<String> names) {
    if (!names.isEmpty()) {
      html.element("span", label + " " + String.join(" ", names));
    }
  }

  private void captions(HtmlWriter html) {
    if (article.captions().isEmpty()) {
      return;
    }
    html.open("section", "class", "captions", "aria-label", "图片说明").element("h2", "图片说明").open("ul");
    article.captions().forEach(caption -> html.element("li", caption));
    html.close("ul").close("section");
  }

  private void tags(HtmlWriter html) {
    if (article.topics().isEmpty() && article.regions().isEmpty() && article.unions().isEmpty() && article.persons().isEmpty()) {
      return;
    }
    html.open("section", "class", "article-tags", "aria-labelledby", "tags-heading").element("h2", "标签", "id", "tags-heading")
        .open("dl");
    if (!article.topics().isEmpty()) {
      html.element("dt", "主题").open("dd").open("ul", "class", "tags");
      for (TopicScore topic : article.topics()) {
        ResultCard.tag(html, SearchLink.browse(IndexSchema.FACET_TOPIC, topic.id()), topic.label(), "tag topic",
            "依据：" + String.join("、", topic.evidence()));
      }
      html.close("ul").close("dd");
    }
    tagList(html, "地区", IndexSchema.FACET_REGION, ArticleFacts.regionPaths(article.regions()), "tag region");
    tagList(html, "工会", IndexSchema.FACET_UNION, article.unions().stream().map(UnionMention::name).toList(), "tag union");
    tagList(html, "人物", IndexSchema.FACET_PERSON, article.persons(), "tag person");
    html.close("dl").close("section");
  }

  private static void tagList(HtmlWriter html, String label, String dimension, List<String> values, String cssClass) {
    if (values.isEmpty()) {
      return;
    }
    html.element("dt", label).open("dd").open("ul", "class", "tags");
    for (String value : values) {
      ResultCard.tag(html, SearchLink.browse(dimension, value), value, cssClass, label + "：" + value);
    }
    html.close("ul").close("dd");
  }

  private void citation(HtmlWriter html) {
    html.open("section", "class", "citation", "aria-labelledby", "citation-heading")
        .element("h2", "引用本文", "id", "citation-heading")
        .element("p", Citation.of(article, paperName), "id", "citation-text")
        .element("button", "复制引用", "type", "button", "class", "copy", "data-copy", "citation-text", "hidden", "hidden")
        .close("section");
  }

  private void relatedLists(HtmlWriter html) {
    html.open("aside", "class", "related", "aria-label", "相关报道");
    hitList(html, "其他刊载", related.reprints());
    hitList(html, "相关文章", related.related());
    html.close("aside");
  }

  private static void hitList(HtmlWriter html, String heading, List<SearchHit> hits) {
    if (hits.isEmpty()) {
      return;
    }
    html.element("h2", heading).open("ul", "class", "related-list");
    SearchLink browse = new SearchLink("", Filters.NONE, SortOrder.NEWEST);
    for (SearchHit hit : hits) {
      html.open("li");
      ResultCard.write(html, hit, browse, "h3");
      html.close("li");
    }
    html.close("ul");
  }
}
