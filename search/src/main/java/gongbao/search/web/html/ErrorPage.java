package gongbao.search.web.html;

/** A page for an error outside the API: what went wrong, and the way back. */
public record ErrorPage(int status, String message) {

  public String render() {
    HtmlWriter html = PageShell.open("出错了 · 工报", PageShell.Section.NONE);
    html.element("h1", status == 404 ? "找不到这个页面" : "出错了（" + status + "）");
    html.element("p", message, "class", "error");
    html.open("p").link("/", "返回检索页").close("p");
    return PageShell.close(html);
  }
}
