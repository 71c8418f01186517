package gongbao.ingest.html;

import gongbao.ingest.article.LineClassifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the article of an ordinary news page: the headline {@link NewsHeadline} finds, worded as the page prints it
 * ({@link HeadlineWording}), with the kicker and subtitle a site marks beside it, the text of the body {@link
 * NewsBody} finds (inside a known article box when the page has one), the site's credit lines above and below that
 * text and in the info line under the headline ({@link WebCredits}), the dateline opening the text ({@link
 * WebDateline}), whether the text runs over other pages ({@link ArticlePages}), and the date the page states ({@link
 * PublicationDate}).
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
  /** A law's or a resolution's note of its adoption: {@code （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）}. */
  private static final Pattern ADOPTION_NOTE =
      Pattern.compile("[（(]\\d{4}年\\d{1,2}月\\d{1,2}日[^（）()]*(?:通过|批准|公布|修正|修订)[^（）()]*[）)]");

  private NewsPage() {}

  static HtmlPageText.HtmlArticle read(Document doc, PublicationDate.Stated stated) {
    Element known = knownBody(doc);
    Element body = NewsBody.find(known != null ? known : doc.body());
    NewsHeadline.Found found = NewsHeadline.aboveBody(doc, NewsHeadline.find(doc), body);
    NewsHeadline.Found title = new NewsHeadline.Found(HeadlineWording.asPrinted(found.text(), doc), found.element());
    String header = header(doc, title.element(), body);
    List<HtmlLines.Line> shown = ArticleLines.of(body, title.text());
    List<String> lines = shown.stream().map(HtmlLines.Line::text).toList();
    int box = lines.size() > 2 && LineClassifier.isReadingTipLabel(lines.get(0)) ? 2 : 0; // above the credits too
    List<String> below = lines.subList(box, lines.size());
    List<WebCredits.Credit> opening = edgeCredits(below.subList(0, Math.min(below.size(), MAX_EDGE_CREDITS)), false);
    List<String> rest = below.subList(opening.size(), below.size());
    List<WebCredits.Credit> closing =
        edgeCredits(rest.subList(Math.max(0, rest.size() - MAX_EDGE_CREDITS), rest.size()), true);
    List<String> text = rest.subList(0, rest.size() - closing.size());
    int first = box + opening.size();
    @Nullable String subtitle = NewsHeadline.beside(title.element(), false);
    if (subtitle == null && text.size() > 1 && ADOPTION_NOTE.matcher(text.get(0)).matches()) {
      subtitle = text.get(0); // a law's or resolution's note of its adoption, under its title
      text = text.subList(1, text.size());
      first++;
    }

    List<WebCredits.Credit> credits = new ArrayList<>();
    for (WebCredits.Credit credit : WebCredits.inHeader(header)) {
      // a body that holds its headline also holds the info line's credits, which the lines around the text give
      if (Stream.concat(opening.stream(), closing.stream()).noneMatch(c -> c.printed().contains(credit.printed()))) {
        credits.add(credit);
      }
    }
    credits.addAll(opening);
    credits.addAll(closing);
    Credited people = Credited.NONE;
    for (WebCredits.Credit credit : credits) {
      people = people.plus(credit.people());
    }
    List<@Nullable LineMark> marks = LineMarks.of(shown);
    String lead = lead(text, marks.subList(first, first + text.size()));
    people = people.plus(creditedInText(text, lead));
    MarkedText pageText = new MarkedText();
    lines.subList(0, box).forEach(line -> pageText.add(line, null));
    for (int i = first; i < first + text.size(); i++) {
      pageText.add(lines.get(i), marks.get(i));
    }
    ArticleMarkup markup = new ArticleMarkup(NewsHeadline.beside(title.element(), true), title.text(),
        subtitle, credits.stream().map(WebCredits.Credit::printed).toList(), people,
        pageText.marks(), lead == null ? null : WebDateline.of(lead), ArticlePages.pagedOn(doc));
    return new HtmlPageText.HtmlArticle(markup, pageText.text(), PublicationDate.find(stated, header));
  }

  /**
   * The people the text credits: photographers after its captions, reporters in the brackets after its lead's
   * dateline, writers in the brackets closing its last paragraph.
   */
  private static Credited creditedInText(List<String> text, @Nullable String lead) {
    Set<String> photographers = new LinkedHashSet<>();
    text.forEach(line -> photographers.addAll(WebCredits.photographersIn(line)));
    Credited people = new Credited(List.of(), List.of(), List.of(), List.copyOf(photographers));
    List<WebCredits.@Nullable Credit> inText = new ArrayList<>();
    inText.add(lead == null ? null : WebCredits.inLead(WebDateline.after(lead)));
    inText.add(text.isEmpty() ? null : WebCredits.closingParagraph(text.get(text.size() - 1)));
    for (WebCredits.Credit credit : inText) {
      people = credit == null ? people : people.plus(credit.people());
    }
    return people;
  }

  /** The first paragraph of the text, above which a photo and its caption may stand; null when it has none. */
  private static @Nullable String lead(List<String> text, List<@Nullable LineMark> marks) {
    for (int i = 0; i < text.size(); i++) {
      if (marks.get(i) == null) {
        return text.get(i);
      }
    }
    return null;
  }

  /**
   * The credits of the lines at one edge of the text, as far as every line from that edge on is one: from the first
   * line down, or ({@code fromEnd}) from the last line up, in page order.
   */
  private static List<WebCredits.Credit> edgeCredits(List<String> lines, boolean fromEnd) {
    List<WebCredits.Credit> credits = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      WebCredits.Credit credit = WebCredits.line(lines.get(fromEnd ? lines.size() - 1 - i : i));
      if (credit == null) {
        break;
      }
      credits.add(fromEnd ? 0 : credits.size(), credit);
    }
    return credits;
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
