package gongbao.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the article of an ordinary news page: the headline {@link NewsHeadline} finds (with the kicker and subtitle a
 * site marks beside it), the text of the body {@link NewsBody} finds (inside a known article box when the page has
 * one), the site's credit lines above and below that text and in the info line under the headline ({@link
 * WebCredits}), and the date the page states ({@link PublicationDate}).
 */
final class NewsPage {

  /** Article boxes of common Chinese news sites and WeChat, in this order: the body is looked for inside them. */
  private static final List<String> KNOWN_BODIES = List.of("#js_content", ".rich_media_content", "#artibody",
      ".article-content", ".rm_txt_con", "#detail", ".TRS_Editor", "#main_content", ".post_body", "#ContentBody",
      ".article-body");
  private static final int MIN_KNOWN_BODY_CHARS = 50;
  /** How much of the lines between a headline and its text is searched for the date and credits. */
  private static final int MAX_HEADER_CHARS = 300;
  /** At most this many credit lines are read above and below the text. */
  private static final int MAX_EDGE_CREDITS = 3;

  private NewsPage() {}

  static HtmlPageText.HtmlArticle read(Document doc, PublicationDate.Stated stated) {
    NewsHeadline.Found title = NewsHeadline.find(doc);
    Element known = knownBody(doc);
    Element body = NewsBody.find(known != null ? known : doc.body());
    String header = header(doc, title.element(), body);
    List<String> lines = HtmlPageText.textLines(body, title.text());
    int from = 0;
    while (from < lines.size() && from < MAX_EDGE_CREDITS && WebCredits.line(lines.get(from)) != null) {
      from++;
    }
    int to = lines.size();
    while (to > from && lines.size() - to < MAX_EDGE_CREDITS && WebCredits.line(lines.get(to - 1)) != null) {
      to--;
    }
    List<String> edges = new ArrayList<>(lines.subList(0, from));
    edges.addAll(lines.subList(to, lines.size()));
    CreditsFound credits = new CreditsFound();
    for (WebCredits.Credit credit : WebCredits.inHeader(header)) {
      if (edges.stream().noneMatch(line -> line.contains(credit.printed()))) { // a body holding its headline
        credits.add(credit);
      }
    }
    edges.forEach(line -> credits.add(WebCredits.line(line)));
    StringBuilder text = new StringBuilder();
    for (String line : lines.subList(from, to)) {
      HtmlPageText.appendBlock(text, line);
      credits.addPhotographers(WebCredits.photographersIn(line));
    }
    if (from < to) {
      WebCredits.Credit lead = WebCredits.inLead(lines.get(from));
      WebCredits.Credit last = WebCredits.closingParagraph(lines.get(to - 1));
      for (WebCredits.Credit inText : Arrays.asList(lead, last)) {
        if (inText != null) {
          credits.addNames(inText);
        }
      }
    }
    ArticleMarkup markup = credits.markup(NewsHeadline.beside(title.element(), true), title.text(),
        NewsHeadline.beside(title.element(), false));
    return new HtmlPageText.HtmlArticle(markup, text.toString(), PublicationDate.find(stated, header));
  }

  /**
   * The lines between the headline and the text, where the info line stands: after the headline up to the body when the
   * headline stands above it, the first characters after the headline when the body holds it, the last ones above the
   * body when no element shows the headline.
   */
  private static String header(Document doc, @Nullable Element title, Element body) {
    if (title == null) {
      return HtmlLines.textBetween(doc.body(), null, body, MAX_HEADER_CHARS);
    }
    boolean inBody = title.parents().contains(body);
    return HtmlLines.textBetween(doc.body(), title, inBody ? null : body, MAX_HEADER_CHARS);
  }

  /** Credits gathered from the info line and the lines around the text, in page order, names without repeats. */
  private static final class CreditsFound {
    private final List<String> lines = new ArrayList<>();
    private final Set<String> reporters = new LinkedHashSet<>();
    private final Set<String> correspondents = new LinkedHashSet<>();
    private final Set<String> authors = new LinkedHashSet<>();
    private final Set<String> photographers = new LinkedHashSet<>();

    void add(WebCredits.Credit credit) {
      lines.add(credit.printed());
      addNames(credit);
    }

    void addNames(WebCredits.Credit credit) {
      reporters.addAll(credit.reporters());
      correspondents.addAll(credit.correspondents());
      authors.addAll(credit.authors());
      photographers.addAll(credit.photographers());
    }

    void addPhotographers(List<String> names) {
      photographers.addAll(names);
    }

    ArticleMarkup markup(@Nullable String kicker, @Nullable String title, @Nullable String subtitle) {
      return new ArticleMarkup(kicker, title, subtitle, lines, List.copyOf(reporters), List.copyOf(correspondents),
          List.copyOf(authors), List.copyOf(photographers));
    }
  }

  /** The first element a known body selector names, in the list's order, that holds some text. */
  private static @Nullable Element knownBody(Document doc) {
    for (String selector : KNOWN_BODIES) {
      Element known = doc.selectFirst(selector);
      if (known != null && HtmlLines.visibleChars(known.text()) >= MIN_KNOWN_BODY_CHARS) {
        return known;
      }
    }
    return null;
  }
}
