package gongbao.bench.split;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts for one or many pages: headlines found, bodies cut right, breaks re-joined, repeats removed. */
final class SplitScore {

  /** Characters taken from either side of the junction of two printed blocks to find them joined. */
  private static final int JUNCTION_SIDE_CHARS = 8;

  int goldArticles;
  int predictedArticles;
  int matchedHeadlines;
  int matchedTitleRole;
  int exactBodies;
  int heldExactly;
  int heldInSections;
  int breaks;
  int rejoinedBreaks;
  int repeats;
  int removedRepeats;
  int pageLines;
  int lostLines;
  int outputParagraphs;
  int joinedApart;
  final List<String> examples = new ArrayList<>();

  /** Whitespace removed: the splitter normalises spaces, the source has no-break and full-width ones. */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
        out.append(c);
      }
    }
    return out.toString();
  }

  void add(RebuiltPage page, List<Article> predicted, int maxExamples) {
    goldArticles += page.articles().size();
    predictedArticles += predicted.size();
    Map<String, List<Article>> byHeadline = new HashMap<>();
    for (Article article : predicted) {
      String key = squeeze(nullToEmpty(article.kicker()) + article.title() + nullToEmpty(article.subtitle()));
      byHeadline.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
    }
    for (int g = 0; g < page.articles().size(); g++) {
      RebuiltPage.GoldArticle gold = page.articles().get(g);
      List<Article> candidates = byHeadline.get(gold.headlineKey());
      if (candidates == null || candidates.isEmpty()) {
        int at = page.text().indexOf(gold.title());
        String before = at < 0 ? "" : page.text().substring(Math.max(0, at - 50), at).replace("\n", "⏎");
        example(maxExamples, page.key() + " missed headline: " + gold.kicker() + " | " + gold.title() + " | "
            + gold.subtitle() + "   «" + before + "»");
        continue;
      }
      Article match = candidates.remove(0);
      matchedHeadlines++;
      if (squeeze(match.title()).equals(squeeze(gold.title()))) {
        matchedTitleRole++;
      }
      boolean strict = body(match).equals(gold.bodyKey());
      boolean held = heldExactly(match, page.printedBodyKeys().get(g));
      exactBodies += strict ? 1 : 0;
      heldExactly += held ? 1 : 0;
      if (!held && heldInSections(predicted, match, page.printedBodyKeys().get(g))) {
        heldInSections++;
        example(maxExamples, page.key() + " body cut only at its own headings (all text held): " + gold.title());
      } else if (!held) {
        String known = HeldText.withoutLifted(page.printedBodyKeys().get(g), tipBoxes(match), creditLines(match));
        example(maxExamples, page.key() + " body differs: " + gold.title() + " gold=" + known.length()
            + " chars, got=" + body(match).length() + firstDifference(known, body(match)));
      } else if (!strict) {
        example(maxExamples, page.key() + " body differs by convention only (all text held): " + gold.title());
      }
    }
    for (List<Article> unmatched : byHeadline.values()) {
      for (Article article : unmatched) {
        example(maxExamples, page.key() + " spurious: " + nullToEmpty(article.kicker()) + " | " + article.title()
            + " | " + nullToEmpty(article.subtitle()));
      }
    }
    List<String> outParagraphs = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Article article : predicted) {
      outParagraphs.addAll(joinedTexts(article));
      all.append(body(article)).append('\u0001');
      if (article.readingTip() != null) {
        all.append(squeeze(article.readingTip())).append('\u0001'); // a repeat of the box's text is kept there
      }
    }
    for (String broken : page.brokenParagraphs()) {
      breaks++;
      String key = squeeze(broken);
      if (outParagraphs.stream().anyMatch(p -> p.contains(key))) {
        rejoinedBreaks++;
      }
    }
    countLostLines(page, predicted, maxExamples);
    countJoinedApart(page, predicted, maxExamples);
    StringBuilder goldAll = new StringBuilder();
    for (RebuiltPage.GoldArticle gold : page.articles()) {
      goldAll.append(gold.bodyKey()).append('\u0001');
    }
    for (String repeated : page.repeatedParagraphs()) {
      repeats++;
      String key = squeeze(repeated);
      if (count(all.toString(), key) == count(goldAll.toString(), key)) {
        removedRepeats++;
      }
    }
  }

  /**
   * Counts the page's lines and those found in no field of any output article: text the splitter lost. A paragraph
   * printed twice may go once; a box's label is not kept as text.
   */
  private void countLostLines(RebuiltPage page, List<Article> predicted, int maxExamples) {
    StringBuilder out = new StringBuilder();
    for (Article article : predicted) {
      for (String field : new String[] {article.column(), article.kicker(), article.title(), article.subtitle(),
          article.dateline()}) {
        out.append(squeeze(nullToEmpty(field))).append('\u0001');
      }
      joinedTexts(article).forEach(text -> out.append(text).append('\u0001'));
    }
    int offset = 0;
    for (String line : page.text().split("\n\n")) {
      int at = offset;
      offset += line.length() + 2;
      String key = squeeze(line);
      if (key.isEmpty() || HeldText.isTipLabel(key) || page.blockAt(at) == RebuiltPage.Block.REPEAT) {
        continue;
      }
      pageLines++;
      if (out.indexOf(key) < 0) {
        lostLines++;
        example(maxExamples, page.key() + " line lost: " + key);
      }
    }
  }

  /**
   * Counts the output paragraphs that hold the end of one block the page printed and the start of the next (a headline
   * line or paragraph): two blocks joined into one. On a clean page every such join is wrong; on a degraded page the
   * halves of a cut paragraph are one known block, so re-joining them is not counted.
   */
  private void countJoinedApart(RebuiltPage page, List<Article> predicted, int maxExamples) {
    List<String> blocks = new ArrayList<>();
    for (RebuiltPage.GoldArticle gold : page.articles()) {
      for (String block : new String[] {gold.kicker(), gold.title(), gold.subtitle()}) {
        blocks.add(squeeze(block));
      }
      gold.paragraphs().forEach(paragraph -> blocks.add(squeeze(paragraph)));
    }
    blocks.removeIf(String::isEmpty);
    List<String> junctions = new ArrayList<>();
    for (int i = 0; i + 1 < blocks.size(); i++) {
      String end = blocks.get(i).substring(Math.max(0, blocks.get(i).length() - JUNCTION_SIDE_CHARS));
      String start = blocks.get(i + 1).substring(0, Math.min(JUNCTION_SIDE_CHARS, blocks.get(i + 1).length()));
      junctions.add(end + start);
    }
    for (Article article : predicted) {
      for (Paragraph paragraph : article.paragraphs()) {
        outputParagraphs++;
        String text = squeeze(paragraph.text());
        junctions.stream().filter(text::contains).findFirst().ifPresent(junction -> {
          joinedApart++;
          example(maxExamples, page.key() + " joined what the page printed apart: " + junction);
        });
      }
    }
  }

  /** Where two texts first differ, with a little of each from there. */
  private static String firstDifference(String gold, String got) {
    int at = 0;
    while (at < gold.length() && at < got.length() && gold.charAt(at) == got.charAt(at)) {
      at++;
    }
    return " from char " + at + ": gold «" + gold.substring(at, Math.min(gold.length(), at + 30)) + "» got «"
        + got.substring(at, Math.min(got.length(), at + 30)) + "»";
  }

  private void example(int max, String text) {
    if (examples.size() < max) {
      examples.add(text);
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  /**
   * The texts of an article a column break's halves must be re-joined in, spaces removed: its paragraphs, captions,
   * byline lines (a photo credit the page prints as a paragraph, {@code 肖  翊摄（影像} + box + {@code 中国）}, is re-joined
   * in the byline) and reading-tip boxes (a box's text broken by a column break is re-joined in its box).
   */
  static List<String> joinedTexts(Article article) {
    List<String> texts = new ArrayList<>();
    article.paragraphs().forEach(paragraph -> texts.add(squeeze(paragraph.text())));
    article.captions().forEach(caption -> texts.add(squeeze(caption)));
    article.byline().lines().forEach(line -> texts.add(squeeze(line)));
    if (article.readingTip() != null) {
      article.readingTip().lines().forEach(box -> texts.add(squeeze(box)));
    }
    return texts;
  }

  private static String body(Article article) {
    StringBuilder text = new StringBuilder();
    for (Paragraph paragraph : article.paragraphs()) {
      text.append(paragraph.text());
    }
    for (String caption : article.captions()) {
      text.append(caption);
    }
    return squeeze(text.toString());
  }

  /**
   * True when the known article's text is held by its matched output article and the ones right after it, each of which
   * opens with a headline printed inside the known text: the article was cut at its own headings and nowhere else. That
   * is the union papers' convention for a compilation ({@code 速览}, a page of signed voices: each item an article), but
   * also a feature cut at a subhead taken for a title, which is an error; so the count bounds what the convention
   * explains. Nothing may be lost, moved or taken from a neighbour, as for {@link #heldExactly}.
   */
  private static boolean heldInSections(List<Article> predicted, Article match, String printedBody) {
    int first = 0;
    while (predicted.get(first) != match) {
      first++;
    }
    StringBuilder text = new StringBuilder(body(match));
    List<String> boxes = new ArrayList<>(tipBoxes(match));
    List<String> credits = new ArrayList<>(creditLines(match));
    for (int i = first + 1; i < predicted.size() && text.length() < printedBody.length(); i++) {
      Article section = predicted.get(i);
      text.append(squeeze(nullToEmpty(section.column()) + nullToEmpty(section.kicker()) + section.title()
          + nullToEmpty(section.subtitle()))).append(body(section));
      boxes.addAll(tipBoxes(section));
      credits.addAll(creditLines(section));
      if (HeldText.exact(printedBody, boxes, credits, text.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean heldExactly(Article article, String printedBody) {
    return HeldText.exact(printedBody, tipBoxes(article), creditLines(article), body(article));
  }

  private static List<String> creditLines(Article article) {
    return article.byline().lines().stream().map(SplitScore::squeeze).toList();
  }

  private static List<String> tipBoxes(Article article) {
    return article.readingTip() == null ? List.of() : article.readingTip().lines().map(SplitScore::squeeze).toList();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  double precision() {
    return predictedArticles == 0 ? 0 : matchedHeadlines / (double) predictedArticles;
  }

  double recall() {
    return goldArticles == 0 ? 0 : matchedHeadlines / (double) goldArticles;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
