package gongbao.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether a news page shows one page of an article whose text runs over several: it links another page of the text by
 * its number ({@code 【2】}, {@code 2}, {@code 第2页}) or as the next one ({@code 下一页}), at an address that numbers
 * the page the same way ({@code …-2.html}, {@code …_2.shtml}). A pager that only scripts its pages ({@code
 * javascript:;}), as readers' comments are paged, links no other page of the text.
 */
final class ArticlePages {

  private static final Pattern NUMBERED = Pattern.compile("[【\\[]?第?(\\d{1,2})页?[】\\]]?");
  private static final Pattern NEXT = Pattern.compile("下一?页\\s*[>》»]*");
  private static final Pattern PAGE_ADDRESS = Pattern.compile("[-_](\\d{1,2})\\.(?:s?html?|php|aspx?)(?:[?#].*)?$");
  /** The address a link goes to by script: {@code onclick="javascript:location.href='/a_2.shtml';"}. */
  private static final Pattern SCRIPTED_ADDRESS = Pattern.compile("location\\.href\\s*=\\s*['\"]([^'\"]+)['\"]");

  private ArticlePages() {}

  /** True when the page links another page of its article's text. */
  static boolean pagedOn(Element root) {
    for (Element link : root.select("a")) {
      Matcher address = PAGE_ADDRESS.matcher(address(link));
      if (!address.find()) {
        continue;
      }
      String label = link.text().strip();
      Matcher numbered = NUMBERED.matcher(label);
      if (NEXT.matcher(label).matches()
          || numbered.matches() && !numbered.group(1).equals("1") && numbered.group(1).equals(address.group(1))) {
        return true;
      }
    }
    return false;
  }

  private static String address(Element link) {
    Matcher scripted = SCRIPTED_ADDRESS.matcher(link.attr("onclick"));
    return !link.attr("href").isBlank() ? link.attr("href").strip() : scripted.find() ? scripted.group(1) : "";
  }
}
