package gongbao.ingest.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes paragraphs a page prints twice: an exact repeat of an earlier paragraph or of an article's
 * reading-tip box, a subhead or closing note printed twice in a row, or a paragraph contained whole in a longer one (a fragment reprinted beside its full
 * paragraph). The first full version is kept, the box's text in the box. A closing note in brackets repeats only
 * within its article: several articles of a page may close with the same one ({@code （新华社北京2月19日电）}). A
 * whole sentence printed a few paragraphs above the paragraph that contains it, in the same article, is a pull quote
 * and stays. Containment is found through a hash of each candidate's opening characters, so the cost stays linear in
 * the page.
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

  /**
   * Whether {@code sentence}, found in {@code text} at {@code at}, is one or more whole sentences of it: it opens the text
   * or follows a sentence end, and ends a sentence. Printed a few paragraphs above, such a sentence is a pull quote
   * heading a section of the same article ({@code “做梦都没想到，我们也过上了城里人的好日子！”}), not a reprint; the
   * halves of a paragraph cut by a column break are not whole sentences.
   */
  private static boolean isWholeSentenceAt(String text, int at, String sentence) {
    return Punctuation.endsSentence(sentence) && (at == 0 || Punctuation.endsSentence(text.substring(Math.max(0, at - 2), at)));
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
    Set<ArticleDraft.Part> contained = new HashSet<>();
    Map<String, Integer> checks = new HashMap<>();
    for (ArticleDraft draft : drafts) {
      Set<ArticleDraft.Part> pullQuotable = new HashSet<>(); // parts two or more above the host
      for (int p = 0; p < draft.parts.size(); p++) {
        ArticleDraft.Part host = draft.parts.get(p);
        if (p >= 2) {
          pullQuotable.add(draft.parts.get(p - 2));
        }
        String text = host.text();
        for (int at = 0; at + KEY_CHARS <= text.length(); at++) {
          ArticleDraft.Part candidate = byKey.get(text.substring(at, at + KEY_CHARS));
          if (candidate == null || candidate == host || candidate.text.length() >= text.length()) {
            continue;
          }
          int checked = checks.merge(candidate.text.substring(0, KEY_CHARS), 1, Integer::sum);
          if (checked <= MAX_CHECKS_PER_KEY && text.startsWith(candidate.text(), at)
              && !(pullQuotable.contains(candidate) && isWholeSentenceAt(text, at, candidate.text()))) {
            contained.add(candidate);
          }
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
