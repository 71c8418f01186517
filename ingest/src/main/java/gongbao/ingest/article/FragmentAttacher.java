package gongbao.ingest.article;

import java.util.List;
import java.util.Set;

/**
 * Moves paragraphs printed out of order to the article they belong to: a column of one article printed
 * right above its headline, at the end of the article before it. A trailing paragraph of one article that
 * opens by referring back ({@code 此外,威海高新区总工会还…}) and shares at least {@link #MIN_SHARED}
 * four-character sequences with the next article's headline and first paragraph, and more than with the
 * rest of its own article, is moved to the end of that next article, with a warning on both; so is each
 * paragraph after it that shares nothing with its host. Paragraphs without such evidence stay where they are.
 * Shared names alone are weak evidence: on the People's Daily pages, where every paragraph is printed in
 * order, moving on them to any article of the page moved paragraphs of 116 of the 5,016 held-out articles, all wrongly;
 * these conditions move one.
 */
final class FragmentAttacher {

  static final int MIN_SHARED = 3;
  private static final int MAX_TEXT_CHARS = 20_000;
  private static final int MAX_DRAFTS = 200;
  private static final int MAX_TRAILING = 6;
  /** Openings that refer back to text before them: a paragraph opening so does not start an article's text. */
  private static final List<String> REFERRING_OPENERS =
      List.of("此外", "另外", "同时", "与此同时", "此前", "其中", "对此", "为此", "随后", "而且", "并且", "不过", "但是", "然而");

  private FragmentAttacher() {}

  static void attach(List<ArticleDraft> drafts) {
    if (drafts.size() < 2 || drafts.size() > MAX_DRAFTS) {
      return;
    }
    for (int h = 0; h + 1 < drafts.size(); h++) {
      ArticleDraft host = drafts.get(h);
      ArticleDraft next = drafts.get(h + 1);
      if (host.toc || host.photo || !isHome(next)) {
        continue;
      }
      Set<Long> nextProfile = quads(profile(next)); // nothing has moved into the next article yet
      int first = firstMovable(host, nextProfile);
      if (first < 0 || !refersBack(host.parts.get(first).text())) {
        continue;
      }
      List<ArticleDraft.Part> moved = List.copyOf(host.parts.subList(first, host.parts.size()));
      host.parts.subList(first, host.parts.size()).clear();
      if (host.parts.isEmpty()) {
        next.endStaffLines.addAll(host.endStaffLines); // a headless fragment takes its names along
        host.endStaffLines.clear();
      }
      next.cutOff |= next.lastBodyOpen(); // its own text ended mid-sentence before the fragments
      next.parts.addAll(moved);
      String title = host.heads.isEmpty() ? "an article above" : host.heads.get(host.heads.size() - 1);
      next.warnings.add(moved.size() + " paragraph(s) printed under \"" + ArticleDraft.preview(title)
          + "\" attached here by shared names");
      host.warnings.add(moved.size() + " paragraph(s) printed here moved to the article they belong to");
    }
  }

  /**
   * The index where the run of trailing foreign paragraphs starts, or -1. A paragraph is foreign when
   * it shares nothing with the host above it, or much more with the next article than with the host;
   * the run must start with one of the latter.
   */
  private static int firstMovable(ArticleDraft host, Set<Long> nextProfile) {
    int first = -1;
    int keep = host.heads.isEmpty() ? 0 : 1; // an article keeps its first paragraph; a headless fragment need not
    int last = Math.max(keep, host.parts.size() - MAX_TRAILING);
    for (int i = host.parts.size() - 1; i >= last; i--) {
      ArticleDraft.Part part = host.parts.get(i);
      if (part.subhead) {
        break;
      }
      int sharedWithHost = sharedQuads(part.text(), textWithout(host, i, host.parts.size()));
      if (sharedWithHost > 0 && !belongsTo(part, nextProfile, sharedWithHost)) {
        break;
      }
      first = i;
    }
    while (first >= 0 && first < host.parts.size()) {
      ArticleDraft.Part part = host.parts.get(first);
      int sharedWithHost = sharedQuads(part.text(), textWithout(host, first, host.parts.size()));
      if (belongsTo(part, nextProfile, sharedWithHost)) {
        return first;
      }
      first++;
    }
    return -1;
  }

  /**
   * Whether the part shares at least {@link #MIN_SHARED} runs, and more than with its host, with an article's headline and
   * lead ({@code profile}: their four-character runs).
   */
  private static boolean belongsTo(ArticleDraft.Part part, Set<Long> profile, int sharedWithHost) {
    return HanGrams.shared(quads(part.text()), profile) > Math.max(MIN_SHARED - 1, sharedWithHost);
  }

  private static boolean isHome(ArticleDraft draft) {
    return !draft.toc && !draft.photo && !draft.heads.isEmpty();
  }

  private static boolean refersBack(String text) {
    return REFERRING_OPENERS.stream().anyMatch(text::startsWith);
  }

  /** What names an article: its headline and its first paragraph. */
  private static String profile(ArticleDraft draft) {
    StringBuilder text = new StringBuilder(String.join("\n", draft.heads));
    for (ArticleDraft.Part part : draft.parts) {
      if (!part.subhead) {
        text.append('\n').append(part.text, 0, Math.min(part.text.length(), MAX_TEXT_CHARS));
        break;
      }
    }
    return text.toString();
  }

  private static String textWithout(ArticleDraft draft, int from, int to) {
    StringBuilder text = new StringBuilder(String.join("\n", draft.heads));
    for (int i = 0; i < draft.parts.size() && text.length() < MAX_TEXT_CHARS; i++) {
      if (i < from || i >= to) {
        text.append('\n').append(draft.parts.get(i).text);
      }
    }
    return text.toString();
  }

  /** How many distinct four-character runs of {@code part} occur in {@code text} (both bounded). */
  private static int sharedQuads(String part, String text) {
    return HanGrams.Table.of(part, 4, MAX_TEXT_CHARS).occurringIn(text, MAX_TEXT_CHARS);
  }

  /** The four-character runs of Chinese characters in the text (bounded). */
  private static Set<Long> quads(String text) {
    return HanGrams.of(text, 4, MAX_TEXT_CHARS);
  }
}
