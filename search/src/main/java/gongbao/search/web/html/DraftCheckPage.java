package gongbao.search.web.html;

import gongbao.search.Filters;
import gongbao.search.SortOrder;
import static gongbao.search.api.DraftCheckResponse.MOSTLY_PRINTED;

import gongbao.search.api.DraftCheckResponse;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The editors' check of a draft against the archive ("have we run this before?"): a box to paste the text, an optional
 * paper to check against, and the articles that print most of it, each with the share it prints and the longest
 * passage it prints whole, then articles on the same subject.
 *
 * @param text the text as pasted, kept in the box
 * @param paper the paper chosen, empty for all
 * @param result null before a check, or when the check was refused
 * @param error why the check was refused, in words for the reader
 */
public record DraftCheckPage(
    String text, String paper, @Nullable DraftCheckResponse result, Map<String, String> paperNames,
    @Nullable String error) {

  /** A shared passage shorter than this is a phrase any two reports share, not worth showing. */
  private static final int MIN_PASSAGE_SHOWN = 10;

  public String render() {
    HtmlWriter html = PageShell.open("稿件查重 · 工报", PageShell.Section.CHECK);
    html.element("h1", "稿件查重");
    html.element("p", "粘贴一篇稿件，看档案里是否已经刊登过：与它文字重合最多的文章排在前面，并标出重合的比例和最长的一段相同文字；"
        + "其后是内容相近的报道。", "class", "lead");
    form(html);
    if (error != null) {
      html.open("p", "class", "error", "role", "alert").text(error).close("p");
    }
    if (result != null) {
      results(html, result);
    }
    return PageShell.close(html);
  }

  private void form(HtmlWriter html) {
    html.open("form", "action", "/check", "method", "post", "class", "check-form")
        .open("div", "class", "field").element("label", "稿件文字", "for", "check-text")
        .open("textarea", "id", "check-text", "name", "text", "rows", "10", "required", "required",
            "placeholder", "在这里粘贴稿件全文或其中几段")
        .text(text).close("textarea").close("div");
    html.open("div", "class", "field").element("label", "查哪些报刊", "for", "check-paper")
        .open("select", "id", "check-paper", "name", "paper")
        .element("option", "全部报刊", "value", "", "selected", paper.isEmpty() ? "selected" : null);
    paperNames.forEach((id, name) ->
        html.element("option", name, "value", id, "selected", id.equals(paper) ? "selected" : null));
    html.close("select").close("div");
    html.element("button", "查重", "type", "submit").close("form");
  }

  private void results(HtmlWriter html, DraftCheckResponse result) {
    html.open("section", "class", "check-results", "aria-labelledby", "check-heading")
        .element("h2", "查重结果", "id", "check-heading");
    long printed = result.matches().stream().filter(match -> match.overlap() >= MOSTLY_PRINTED).count();
    String summary = printed > 0
        ? "有 " + printed + " 篇文章刊登过这篇稿件一半以上的文字。"
        : result.matches().isEmpty() ? "档案中没有与这篇稿件相近的文章。" : "档案中没有文章刊登过这篇稿件一半以上的文字；下面是内容相近的报道。";
    html.element("p", summary, "class", "check-summary");
    if (result.matches().isEmpty()) {
      html.close("section");
      return;
    }
    SearchLink tags = new SearchLink("", Filters.NONE, SortOrder.RELEVANCE);
    html.open("ol", "class", "hits");
    for (DraftCheckResponse.Match match : result.matches()) {
      html.open("li");
      ResultCard.write(html, match.article(), tags, "h3");
      html.open("p", "class", match.overlap() >= MOSTLY_PRINTED ? "overlap mostly" : "overlap")
          .text("文字重合 ").element("strong", percent(match.overlap()));
      if (match.passageChars() >= MIN_PASSAGE_SHOWN) {
        html.text("，最长一段相同文字 " + match.passageChars() + " 字：").close("p")
            .element("blockquote", match.passage(), "class", "passage");
      } else {
        html.close("p");
      }
      html.close("li");
    }
    html.close("ol").close("section");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
