package gongbao.ingest.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes paragraphs a page prints twice: an exact repeat of an earlier paragraph or of an article's
 * reading-tip box, a subhead or closing note printed twice in a row, or a paragraph contained whole in a longer one.
 * The first full version is kept, the box's text in the box. A closing note in brackets repeats only within its
 * article: several articles of a page may close with the same one ({@code （新华社北京2月19日电）}). A contained paragraph
 * goes only as a reprint ({@link #isReprint}): in its own article when it stands right beside the longer one, or with
 * only other pieces of it between (the halves of a cut paragraph printed again whole); in another article when it
 * stands there as a sentence of its own. Found further down its own article, or led into by other words, it is a
 * quotation and stays: a letter and the report quoting it, an epigraph the text quotes, a pull quote over a section.
 * Containment is found through a hash of each candidate's opening characters, so the cost stays linear in the page.
 */
final class RepeatRemover {

  static final int MIN_REPEAT_CHARS = 12;
  private static final int KEY_CHARS = 12;
  /** Above this many characters on a page only exact repeats are looked for. */
  private static final int MAX_CONTAINMENT_PAGE_CHARS = 2_000_000;
  /** How many places a key may be checked at before it is given up as too common. */
  private static final int MAX_CHECKS_PER_KEY = 8;

  private RepeatRemover() {}

  /** Removes repeats from the drafts in place; returns how many paragraphs were removed. */
  static int removeRepeats(List<ArticleDraft> drafts) {
    int removed = removeRepeatedNotes(drafts);
    Set<String> seen = new HashSet<>();
    for (ArticleDraft draft : drafts) {
      if (draft.readingTip != null) {
        seen.addAll(draft.readingTip.lines().toList());
      }
      Set<String> notesSeen = new HashSet<>();
      for (int i = 0; i < draft.parts.size(); i++) {
        ArticleDraft.Part part = draft.parts.get(i);
        if (part.subhead && i > 0 && draft.parts.get(i - 1).subhead && draft.parts.get(i - 1).text().equals(part.text())) {
          draft.parts.remove(i--);
          draft.warnings.add("removed a repeated subhead: " + ArticleDraft.preview(part.text()));
          removed++;
          continue;
        }
        if (part.subhead || part.text.length() < MIN_REPEAT_CHARS) {
          continue;
        }
        boolean note = Punctuation.isBracketedNote(part.text);
        if (!(note ? notesSeen : seen).add(part.text())) {
          draft.parts.remove(i--);
          draft.warnings.add("removed a repeated paragraph: " + ArticleDraft.preview(part.text()));
          removed++;
        }
      }
    }
    return removed + removeContained(drafts);
  }

  /** A note closing an article printed twice in a row ({@code （作者为…）}): the second is a repeat. */
  private static int removeRepeatedNotes(List<ArticleDraft> drafts) {
    int removed = 0;
    for (ArticleDraft draft : drafts) {
      for (int i = 1; i < draft.authorNotes.size(); i++) {
        if (draft.authorNotes.get(i).equals(draft.authorNotes.get(i - 1))) {
          draft.warnings.add("removed a repeated note: " + ArticleDraft.preview(draft.authorNotes.remove(i--)));
          removed++;
        }
      }
    }
    return removed;
  }

  /** Where a shorter part was found inside a longer one: the longer part, its article, the offset. */
  private record Found(ArticleDraft.Part host, ArticleDraft article, int at) {}

  /**
   * True when the part at {@code index} of {@code owner}, found inside a longer part ({@code found}), is a reprint to
   * remove rather than a quotation to keep. In its own article it is a reprint when it, and every part between it and
   * the longer one, stand right before or after that part inside it (the pieces of a paragraph printed again beside it);
   * further away it is quoted (a letter and the report quoting it, an epigraph, a pull quote). In another article it is a
   * stray reprint when it stands there as a sentence of its own, quoted when words lead into it ({@code 习近平指出，}).
   */
  private static boolean isReprint(ArticleDraft owner, int index, Found found, Map<ArticleDraft.Part, Found> allFound) {
    if (found.article() != owner) {
      String text = found.host().text();
      return found.at() == 0 || Punctuation.endsSentence(text.substring(Math.max(0, found.at() - 2), found.at()));
    }
    int host = owner.parts.indexOf(found.host());
    int step = host > index ? 1 : -1;
    for (int i = index + step; i != host; i += step) {
      Found between = allFound.get(owner.parts.get(i));
      if (between == null || between.host() != found.host()) {
        return false;
      }
    }
    return true;
  }

  private static int removeContained(List<ArticleDraft> drafts) {
    long total = 0;
    for (ArticleDraft draft : drafts) {
      for (ArticleDraft.Part part : draft.parts) {
        total += part.text.length();
      }
    }
    if (total > MAX_CONTAINMENT_PAGE_CHARS) {
      return 0;
    }
    Map<String, ArticleDraft.Part> byKey = new HashMap<>();
    for (ArticleDraft draft : drafts) {
      for (ArticleDraft.Part part : draft.parts) {
        if (!part.subhead && part.text.length() >= MIN_REPEAT_CHARS) {
          byKey.putIfAbsent(part.text.substring(0, KEY_CHARS), part);
        }
      }
    }
    Map<ArticleDraft.Part, Found> found = new HashMap<>();
    Map<String, Integer> checks = new HashMap<>();
    for (ArticleDraft draft : drafts) {
      for (ArticleDraft.Part host : draft.parts) {
        String text = host.text();
        for (int at = 0; at + KEY_CHARS <= text.length(); at++) {
          ArticleDraft.Part candidate = byKey.get(text.substring(at, at + KEY_CHARS));
          if (candidate == null || candidate == host || candidate.text.length() >= text.length()) {
            continue;
          }
          int checked = checks.merge(candidate.text.substring(0, KEY_CHARS), 1, Integer::sum);
          if (checked <= MAX_CHECKS_PER_KEY && text.startsWith(candidate.text(), at)) {
            found.putIfAbsent(candidate, new Found(host, draft, at));
          }
        }
      }
    }
    Set<ArticleDraft.Part> contained = new HashSet<>();
    for (ArticleDraft draft : drafts) {
      for (int i = 0; i < draft.parts.size(); i++) {
        Found where = found.get(draft.parts.get(i));
        if (where != null && isReprint(draft, i, where, found)) {
          contained.add(draft.parts.get(i));
        }
      }
    }
    int removed = 0;
    for (ArticleDraft draft : drafts) {
      for (int i = 0; i < draft.parts.size(); i++) {
        if (contained.contains(draft.parts.get(i))) {
          draft.warnings.add(
              "removed a paragraph printed again inside a longer one: " + ArticleDraft.preview(draft.parts.get(i).text()));
          draft.parts.remove(i--);
          removed++;
        }
      }
    }
    return removed;
  }
}
