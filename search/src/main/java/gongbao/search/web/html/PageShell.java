package gongbao.search.web.html;

/**
 * What every page shares: the document head (the stylesheet and the one script, both static files,
 * so the Content-Security-Policy needs no inline code), a skip link, the site header with its
 * navigation, the main landmark, a status line for the script and the footer.
 */
final class PageShell {

  /** The page a visitor is on, marked in the navigation. */
  enum Section {
    SEARCH("/", "检索"),
    TRENDS("/trends", "趋势"),
    CHECK("/check", "查重"),
    ABOUT("/about", "关于"),
    NONE("", "");

    final String href;
    final String label;

    Section(String href, String label) {
      this.href = href;
      this.label = label;
    }
  }

  private PageShell() {}

  /** Writes everything up to the opening of {@code <main>}. */
  static HtmlWriter open(String title, Section current) {
    HtmlWriter html = new HtmlWriter().doctype();
    html.open("html", "lang", "zh-CN").open("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .element("title", title)
        .empty("link", "rel", "stylesheet", "href", "/static/site.css")
        .open("script", "src", "/static/app.js", "defer", "defer").close("script")
        .close("head").open("body");
    html.link("#main", "跳到正文", "class", "skip-link");
    html.open("header", "class", "site-header").open("div", "class", "bar");
    html.open("a", "href", "/", "class", "brand").text("工报").open("span", "class", "tagline").text("工会报刊检索")
        .close("span").close("a");
    html.open("nav", "aria-label", "主导航").open("ul");
    for (Section section : Section.values()) {
      if (section != Section.NONE) {
        html.open("li").link(section.href, section.label, "aria-current", section == current ? "page" : null).close("li");
      }
    }
    html.close("ul").close("nav").close("div").close("header");
    return html.open("main", "id", "main", "tabindex", "-1");
  }

  /**
   * Closes {@code <main>} and the document. The empty status line outside {@code <main>} is where the script
   * says what a swap in place brought (a screen reader reads out a change to a live region that was already
   * there, not one inserted with the new results).
   */
  static String close(HtmlWriter html) {
    html.close("main").open("p", "id", "announcer", "class", "visually-hidden", "role", "status").close("p");
    html.open("footer", "class", "site-footer").open("p")
        .text("工报：工会报刊全文检索。数据可通过 ").link("/openapi.json", "API").text(" 获取；")
        .link("/about", "了解本站").text("。").close("p").close("footer");
    return html.close("body").close("html").toString();
  }
}
