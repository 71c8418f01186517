package gongbao.ingest.article;

import gongbao.ingest.html.ArticleMarkup;
import gongbao.ingest.html.Credited;
import gongbao.ingest.page.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns a finished draft into an {@link Article}: headline roles, byline, kind, truncation. */
final class ArticleAssembler {

  private static final Pattern CONTINUED =
      Pattern.compile("[(（]?(?:下)?转(?:第)?[0-9一二三四五六七八九十]{1,3}版[)）]?$");
  private static final int MAX_DERIVED_TITLE_CHARS = 30;
  private static final int MAX_BRIEF_CHARS = 150;

  private ArticleAssembler() {}

  static Article assemble(Page page, int ordinal, ArticleDraft draft) {
    HeadlineGroup group = draft.toc ? new HeadlineGroup(List.of(), null, draft.heads.get(0), null)
        : HeadlineGrouper.group(draft.heads, textBelow(draft));
    return assemble(page, ordinal, draft, group, null);
  }

  /** The one article of a file whose markup states its headline and credits ({@link ArticleDraft#whole}). */
  static Article assemble(Page page, ArticleDraft whole, ArticleMarkup markup) {
    HeadlineGroup group = new HeadlineGroup(List.of(), markup.kicker(), markup.title(), markup.subtitle());
    return assemble(page, 1, whole, group, markup);
  }

  private static Article assemble(Page page, int ordinal, ArticleDraft draft, HeadlineGroup group,
      @Nullable ArticleMarkup markup) {
    List<String> warnings = new ArrayList<>(draft.warnings);

    List<Paragraph> paragraphs = new ArrayList<>();
    for (String subhead : group.subheads()) {
      paragraphs.add(new Paragraph(subhead, true));
    }
    List<String> captions = new ArrayList<>(draft.captions);
    for (ArticleDraft.Part part : draft.parts) {
      if (draft.photo && !part.subhead) {
        captions.add(part.text());
      } else {
        paragraphs.add(new Paragraph(part.text(), part.subhead));
      }
    }
    for (String note : draft.authorNotes) {
      paragraphs.add(Paragraph.body(note));
    }

    BylineParser.Credits credits = markup == null ? BylineParser.Credits.NONE : markedUpCredits(markup);
    String dateline = null;
    Paragraph firstBody = firstBody(paragraphs);
    if (firstBody != null) {
      BylineParser.Lead lead = BylineParser.lead(firstBody.text());
      dateline = lead.dateline() != null || markup == null ? lead.dateline() : markup.dateline();
      credits = credits.plus(lead.credits());
    }
    for (String line : draft.staffLines) {
      credits = credits.plus(BylineParser.staffLine(line, StaffRole.AUTHOR));
    }
    for (String line : draft.sectionStaffLines) {
      credits = credits.plus(BylineParser.staffLine(line, StaffRole.AUTHOR));
    }
    for (String line : draft.endStaffLines) {
      credits = credits.plus(draft.photo ? BylineParser.staffLine(line, StaffRole.PHOTOGRAPHER).allAs(StaffRole.PHOTOGRAPHER)
          : BylineParser.staffLine(line, StaffRole.AUTHOR));
    }
    for (String line : draft.creditLines) {
      credits = credits.plus(BylineParser.creditLine(line));
    }
    String closingStaff = closingStaff(paragraphs);
    if (closingStaff != null) {
      credits = credits.plus(BylineParser.staff(closingStaff, StaffRole.AUTHOR));
    }
    List<Paragraph> story = closingStaff == null ? paragraphs : paragraphs.subList(0, paragraphs.size() - 1);

    String title = group.title();
    if (title == null) {
      String first = !captions.isEmpty() ? captions.get(0) : firstBody != null ? firstBody.text() : "";
      title = derivedTitle(first);
      warnings.add("no headline found; title taken from the text");
    }
    boolean truncated = draft.cutOff || draft.textElsewhere || markup != null && markup.pagedOn()
        || truncated(paragraphs, captions, draft);
    if (truncated) {
      warnings.add("article ends mid-sentence or continues on another page");
    }
    return new Article(
        ArticleSplitter.articleId(page, ordinal),
        page.paper().id(),
        page.date(),
        page.dateInferred(),
        page.pageId(),
        null,
        group.columns().isEmpty() ? null : String.join(" ", group.columns()),
        kind(draft, story, dateline, credits),
        group.kicker(),
        title,
        group.subtitle(),
        credits.toByline().withLines(printedCredits(page, draft, markup)),
        dateline,
        paragraphs,
        captions,
        draft.readingTip,
        truncated,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        new Source(page.file(), draft.start, draft.end, warnings));
  }

  /**
   * The staff named by the last paragraph when it only names them in brackets ({@code （通讯员 顾晓明）} under a text
   * opened by {@code 本刊讯}, {@code （本报记者张贺、刘阳）}): a byline printed at the end, which stays in the text as
   * printed; null when the last paragraph is no such note.
   */
  private static @Nullable String closingStaff(List<Paragraph> paragraphs) {
    if (paragraphs.size() < 2) {
      return null;
    }
    Paragraph last = paragraphs.get(paragraphs.size() - 1);
    return last.subhead() ? null : BylineParser.bracketedStaff(last.text());
  }

  private static ArticleKind kind(ArticleDraft draft, List<Paragraph> paragraphs, @Nullable String dateline,
      BylineParser.Credits credits) {
    if (draft.toc) {
      return ArticleKind.TOC;
    }
    if (draft.photo) {
      return ArticleKind.PHOTO;
    }
    boolean signed = draft.signedByNote || !draft.authorNotes.isEmpty()
        || draft.staffLines.stream().anyMatch(line -> line.startsWith("■") || line.startsWith("□"));
    if (dateline == null && signed && credits.reporters().isEmpty()) {
      return ArticleKind.COMMENTARY;
    }
    long body = paragraphs.stream().filter(p -> !p.subhead()).count();
    if (body == 1 && paragraphs.get(paragraphs.size() - 1).text().length() <= MAX_BRIEF_CHARS) {
      return ArticleKind.BRIEF;
    }
    return ArticleKind.NEWS;
  }

  private static boolean truncated(List<Paragraph> paragraphs, List<String> captions, ArticleDraft draft) {
    String last = null;
    for (int i = paragraphs.size() - 1 - draft.authorNotes.size(); i >= 0; i--) {
      String text = paragraphs.get(i).text();
      // a section's staff line (本报记者 马力整理) or a line of notice (电子邮箱：…) closes a text without a full stop
      if (!paragraphs.get(i).subhead() && !draft.sectionStaffLines.contains(text) && !LineClassifier.isNoticeLine(text)) {
        last = text;
        break;
      }
    }
    if (last == null && !captions.isEmpty()) {
      last = captions.get(captions.size() - 1);
    }
    if (last == null || draft.toc) {
      return false;
    }
    String tail = last.length() > 20 ? last.substring(last.length() - 20) : last;
    return CONTINUED.matcher(tail).find()
        || !Punctuation.endsParagraph(last) && !Punctuation.endsWithSignedSentence(last);
  }

  /**
   * The credit lines a file's markup states, the staff lines above the body, then those below it and the credits, as
   * the page printed them: the two last kinds are gathered apart (a photo's credit inside the text, a layout credit
   * under it: {@code 杨 华摄（人民视觉）} before {@code 版式设计：张丹峰}), so they are put back in the order they stand in
   * the article's span of the page. A line not found there as printed (rejoined after a column break, or spaced
   * otherwise) keeps its place after the line gathered before it.
   */
  private static List<String> printedCredits(Page page, ArticleDraft draft, @Nullable ArticleMarkup markup) {
    List<String> closing = new ArrayList<>(draft.endStaffLines);
    closing.addAll(draft.creditLines);
    String span = closing.size() < 2 ? "" : page.text().substring(draft.start, draft.end); // searched, never the page
    int[] printedAt = new int[closing.size()];
    Map<String, Integer> searchFrom = new HashMap<>(); // a line printed twice is found twice
    int previous = 0;
    for (int i = 0; i < closing.size(); i++) {
      String line = closing.get(i);
      int found = span.indexOf(line, searchFrom.getOrDefault(line, 0));
      if (found >= 0) {
        searchFrom.put(line, found + line.length());
        previous = found;
      }
      printedAt[i] = previous;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < closing.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> printedAt[i])); // stable: equal places keep their gathered order
    List<String> lines = new ArrayList<>(markup == null ? List.of() : markup.creditLines());
    lines.addAll(draft.staffLines);
    order.forEach(i -> lines.add(closing.get(i)));
    return lines;
  }

  private static BylineParser.Credits markedUpCredits(ArticleMarkup markup) {
    BylineParser.Credits credits = BylineParser.Credits.NONE;
    Credited people = markup.people();
    for (String name : people.reporters()) {
      credits = credits.with(StaffRole.REPORTER, name);
    }
    for (String name : people.correspondents()) {
      credits = credits.with(StaffRole.CORRESPONDENT, name);
    }
    for (String name : people.authors()) {
      credits = credits.with(StaffRole.AUTHOR, name);
    }
    for (String name : people.photographers()) {
      credits = credits.with(StaffRole.PHOTOGRAPHER, name);
    }
    return credits;
  }


  private static HeadlineGrouper.TextBelow textBelow(ArticleDraft draft) {
    boolean dateline = !draft.parts.isEmpty() && !draft.parts.get(0).subhead
        && BylineParser.lead(draft.parts.get(0).text()).dateline() != null;
    return new HeadlineGrouper.TextBelow(
        dateline, draft.tipUnderHeadline(), (int) draft.parts.stream().filter(part -> part.subhead).count());
  }

  private static @Nullable Paragraph firstBody(List<Paragraph> paragraphs) {
    for (Paragraph paragraph : paragraphs) {
      if (!paragraph.subhead()) {
        return paragraph;
      }
    }
    return null;
  }

  /** The first clause of the text, shortened: a title for an item printed without one. */
  static String derivedTitle(String text) {
    int pause = Punctuation.firstPauseAt(text, MAX_DERIVED_TITLE_CHARS);
    int end = pause > 8 ? pause : Math.min(text.length(), MAX_DERIVED_TITLE_CHARS);
    String title = text.substring(0, end);
    return end < text.length() ? title + "…" : title;
  }
}
