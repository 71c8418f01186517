package gongbao.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A headline worded as the page itself prints it, where a site's copy adds to it: a reposting site's tag in brackets
 * before it ({@code [诗婷露雅化妆品]江门七旬阿婆…}) when the page also gives the headline without the tag (a heading, or
 * the {@code 原标题：} line naming the original), and the ideographic spaces the {@code <title>} pads it with ({@code
 * 调整2007　年末}) where the page's text prints the characters on both sides together.
 */
final class HeadlineWording {

  private static final Pattern TAG = Pattern.compile("^\\s*[\\[【［]([^\\]】］]{1,20})[\\]】］]\\s*(\\S.*)$");
  private static final Pattern PADDED = Pattern.compile("(\\S{1,4})\u3000+(?=(\\S{1,4}))");
  private static final String ORIGINAL_TITLE = "原标题[：:]\\s*";

  private HeadlineWording() {}

  /** The headline as the page prints it; null stays null. */
  static @Nullable String asPrinted(@Nullable String headline, Document doc) {
    if (headline == null || !TAG.matcher(headline).matches() && headline.indexOf('\u3000') < 0) {
      return headline; // the common case: nothing to check against the page's text, which is not built
    }
    String pageText = doc.body().text();
    return withoutPadding(withoutTag(headline, doc, HtmlLines.squeezed(pageText)), pageText);
  }

  private static String withoutTag(String headline, Document doc, String pageText) {
    Matcher tag = TAG.matcher(headline);
    if (!tag.matches()) {
      return headline;
    }
    String rest = tag.group(2).strip();
    String squeezed = HtmlLines.squeezed(rest);
    boolean original = Pattern.compile(ORIGINAL_TITLE + Pattern.quote(squeezed)).matcher(pageText).find();
    boolean heading = doc.select("h1, h2, h3").stream().map(Element::text).map(HtmlLines::squeezed)
        .anyMatch(squeezed::equals);
    return original || heading ? rest : headline;
  }

  private static String withoutPadding(String headline, String pageText) {
    Matcher padded = PADDED.matcher(headline);
    StringBuilder printed = new StringBuilder();
    while (padded.find()) {
      boolean together = pageText.contains(padded.group(1) + padded.group(2));
      padded.appendReplacement(printed, Matcher.quoteReplacement(together ? padded.group(1) : padded.group()));
    }
    padded.appendTail(printed);
    return printed.toString();
  }
}
