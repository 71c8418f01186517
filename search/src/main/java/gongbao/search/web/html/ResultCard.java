package gongbao.search.web.html;

import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.SearchHit;

/**
 * One article in a list: headline group, paper · date · page, byline, the marked snippet, and its
 * topic, region and union tags, each a link that narrows {@code base} to that value.
 */
final class ResultCard {

  private ResultCard() {}

  static void write(HtmlWriter html, SearchHit hit, SearchLink base, String headingTag) {
    html.open("article", "class", "hit");
    if (hit.kicker() != null) {
      html.element("p", hit.kicker(), "class", "kicker");
    }
    html.open(headingTag, "class", "hit-title").link(ArticleFacts.href(hit.id()), hit.title()).close(headingTag);
    if (hit.subtitle() != null) {
      html.element("p", hit.subtitle(), "class", "subtitle");
    }
    html.open("p", "class", "meta").element("span", hit.paperName());
    html.element("span", ArticleFacts.date(hit.date()) + (hit.dateInferred() ? "（推断）" : ""));
    if (hit.page() != null) {
      html.element("span", ArticleFacts.page(hit.page()));
    }
    if (!hit.byline().isEmpty()) {
      html.element("span", String.join(" ", hit.byline()));
    }
    if (!hit.kind().equals("news")) {
      html.element("span", Labels.kind(hit.kind()));
    }
    if (hit.clusterSize() > 1) {
      html.element("span", "共 " + hit.clusterSize() + " 处刊载");
    }
    html.close("p");
    if (!hit.snippet().isEmpty()) {
      html.open("p", "class", "snippet").snippet(hit.snippet()).close("p");
    }
    tags(html, hit, base);
    html.close("article");
  }

  private static void tags(HtmlWriter html, SearchHit hit, SearchLink base) {
    if (hit.topics().isEmpty() && hit.regions().isEmpty() && hit.unions().isEmpty()) {
      return;
    }
    html.open("ul", "class", "tags", "aria-label", "标签");
    for (TopicScore topic : hit.topics()) {
      tag(html, base.adding(IndexSchema.FACET_TOPIC, topic.id()), topic.label(), "tag topic", "主题：" + topic.label());
    }
    for (String path : ArticleFacts.regionPaths(hit.regions())) {
      tag(html, base.adding(IndexSchema.FACET_REGION, path), ArticleFacts.placeName(path), "tag region", "地区：" + path);
    }
    for (UnionMention union : hit.unions()) {
      tag(html, base.adding(IndexSchema.FACET_UNION, union.name()), union.name(), "tag union", "工会：" + union.name());
    }
    html.close("ul");
  }

  static void tag(HtmlWriter html, SearchLink target, String text, String cssClass, String title) {
    html.open("li").link(target.href(), text, "class", cssClass, "title", title).close("li");
  }
}
