package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes paragraphs a page prints twice: an exact repeat of a paragraph at most {@value #MAX_REPEAT_DISTANCE} above it
 * or of an article's reading-tip box, a headline line, subhead, closing note or caption printed twice in a row, or a
 * paragraph contained whole in a longer one.
 * The first full version is kept, the box's text in the box. A closing note in brackets repeats only within its
 * article: several articles of a page may close with the same one ({@code （新华社北京2月19日电）}). A contained paragraph
 * goes only as a reprint ({@link #addReprints}): in its own article when it stands right beside the longer one, or with
 * only other pieces of it between (the halves of a cut paragraph printed again whole); in an article above the longer
 * one's when it stands there as a sentence of its own. Found further down its own article, below the article quoting
 * it, or led into by other words, it is a quotation and stays: a letter and the report quoting it, an epigraph the text
 * quotes, a pull quote over a section.
 * Containment is found through a hash of each candidate's opening characters, so the cost stays linear in the page.
 */
final class RepeatRemover {

  static final int MIN_REPEAT_CHARS = 12;
  /**
   * How many paragraphs down the page a repeat may stand from the first copy: the page printed it again right after
   * (seed 000 prints two paragraphs twice, in turn). The same sentence further away is the page's own: a closing line two
   * reports share ({@code 杨洁篪、王毅、何立峰等参加会见。}), a refrain.
   */
  private static final int MAX_REPEAT_DISTANCE = 2;
  private static final int KEY_CHARS = 12;
  /** Above this many characters on a page only exact repeats are looked for. */
  private static final int MAX_CONTAINMENT_PAGE_CHARS = 2_000_000;
  /** How many places a key may be checked at before it is given up as too common. */
  private static final int MAX_CHECKS_PER_KEY = 8;

  private RepeatRemover() {}

  /** Removes repeats from the drafts in place; returns how many paragraphs were removed. */
  static int removeRepeats(List<ArticleDraft> drafts) {
    int removed = removeRepeatedLinesInRow(drafts);
    Set<String> boxes = new HashSet<>();
    Map<String, Integer> seenAt = new HashMap<>();
    int place = 0;
    for (ArticleDraft draft : drafts) {
      if (draft.readingTip != null) {
        boxes.addAll(draft.readingTip.lines().toList());
      }
      Set<String> notesSeen = new HashSet<>();
      for (int i = 0; i < draft.parts.size(); i++, place++) {
        ArticleDraft.Part part = draft.parts.get(i);
        if (part.subhead || part.text.length() < MIN_REPEAT_CHARS) {
          continue;
        }
        String text = part.text();
        boolean repeat;
        if (Punctuation.isBracketedNote(text)) {
          repeat = !notesSeen.add(text);
        } else {
          Integer before = seenAt.put(text, place);
          repeat = boxes.contains(text) || before != null && place - before <= MAX_REPEAT_DISTANCE;
        }
        if (repeat) {
          draft.parts.remove(i--);
          draft.warnings.add("removed a repeated paragraph: " + ArticleDraft.preview(text));
          removed++;
        }
      }
    }
    return removed + removeContained(drafts);
  }

  /**
   * A subhead, a note closing an article ({@code （作者为…）}) or a photo caption printed twice in a row: the second is a
   * repeat, also when it was read as text (a line leading into the text with a dash, {@code …顽强坚守——}, printed twice:
   * the first copy read as a dashed subhead). Subheads are not compared otherwise, and notes and captions are kept apart
   * from the text.
   */
  private static int removeRepeatedLinesInRow(List<ArticleDraft> drafts) {
    int removed = 0;
    for (ArticleDraft draft : drafts) {
      for (int i = 1; i < draft.parts.size(); i++) {
        ArticleDraft.Part part = draft.parts.get(i);
        ArticleDraft.Part above = draft.parts.get(i - 1);
        if (above.subhead && above.text().equals(part.text())) {
          draft.parts.remove(i--);
          draft.warnings.add("removed a repeated subhead: " + ArticleDraft.preview(part.text()));
          removed++;
        }
      }
      removed += removeRepeatsInRow(draft, draft.authorNotes, "note");
      removed += removeRepeatsInRow(draft, draft.captions, "caption");
      removed += removeRepeatedHeadlineLines(draft);
    }
    return removed;
  }

  /**
   * A headline line printed twice in a row, or again as the first line of the text: the copy is neither another line of
   * the headline group nor text.
   */
  private static int removeRepeatedHeadlineLines(ArticleDraft draft) {
    List<String> kept = new ArrayList<>();
    int aboveTip = 0;
    String repeated = null;
    for (int i = 0; i < draft.heads.size(); i++) {
      String head = draft.heads.get(i);
      if (kept.isEmpty() || !head.equals(kept.get(kept.size() - 1))) {
        kept.add(head);
        aboveTip += i < draft.headsAboveTip ? 1 : 0;
      } else {
        repeated = head;
      }
    }
    int removed = draft.heads.size() - kept.size();
    if (removed > 0) {
      draft.headsAboveTip = draft.headsAboveTip < 0 ? draft.headsAboveTip : aboveTip;
      draft.heads.clear();
      draft.heads.addAll(kept);
    }
    int firstText = 0;
    while (!kept.isEmpty() && firstText < draft.parts.size()
        && draft.parts.get(firstText).text().equals(kept.get(kept.size() - 1))) {
      repeated = draft.parts.get(firstText++).text();
    }
    draft.parts.subList(0, firstText).clear();
    removed += firstText;
    if (repeated != null) {
      draft.warnings.add("removed " + removed + " repeated headline line(s): " + ArticleDraft.preview(repeated));
    }
    return removed;
  }

  private static int removeRepeatsInRow(ArticleDraft draft, List<String> lines, String what) {
    int removed = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).equals(lines.get(i - 1))) {
        draft.warnings.add("removed a repeated " + what + ": " + ArticleDraft.preview(lines.remove(i--)));
        removed++;
      }
    }
    return removed;
  }

  /**
   * Where a shorter part was found inside a longer one: the longer part, its article's place on the page, its place in
   * the article, the offset.
   */
  private record Found(ArticleDraft.Part host, int article, int hostIndex, int at) {}

  /**
   * The parts of {@code draft} found inside a longer part ({@code found}) that are reprints to remove rather than
   * quotations to keep. In its own article a part is a reprint when it, and every part between it and the longer one,
   * were found inside that one (the pieces of a paragraph printed again beside it); further away it is quoted (a letter
   * and the report quoting it, an epigraph, a pull quote). In an article further down the page it is a stray reprint, a
   * piece printed ahead of its own article (seed 001), when it stands there as a sentence of its own; quoted when words
   * lead into it ({@code 习近平指出，}). Found in an article above, it is the page's own: a speech printed under the report
   * that quotes it, a standfirst the story repeats. One pass each way over the article.
   */
  private static void addReprints(int article, ArticleDraft draft, Map<ArticleDraft.Part, Found> found,
      Set<ArticleDraft.Part> reprints) {
    int n = draft.parts.size();
    // streakUp[i]: how many parts from i upwards (i included) were found inside the same longer part as part i
    int[] streakUp = new int[n];
    int[] streakDown = new int[n];
    for (int i = 0; i < n; i++) {
      streakUp[i] = i > 0 && sameHost(found, draft.parts.get(i), draft.parts.get(i - 1)) ? streakUp[i - 1] + 1 : 1;
    }
    for (int i = n - 1; i >= 0; i--) {
      streakDown[i] = i + 1 < n && sameHost(found, draft.parts.get(i), draft.parts.get(i + 1)) ? streakDown[i + 1] + 1 : 1;
    }
    for (int i = 0; i < n; i++) {
      ArticleDraft.Part part = draft.parts.get(i);
      Found where = found.get(part);
      if (where == null) {
        continue;
      }
      boolean reprint;
      if (where.article() != article) {
        String text = where.host().text();
        reprint = where.article() > article
            && (where.at() == 0 || Punctuation.endsSentence(text.substring(Math.max(0, where.at() - 2), where.at())));
      } else {
        int host = where.hostIndex();
        reprint = host > i ? i + streakDown[i] >= host : i - streakUp[i] <= host;
      }
      if (reprint) {
        reprints.add(part);
      }
    }
  }

  private static boolean sameHost(Map<ArticleDraft.Part, Found> found, ArticleDraft.Part a, ArticleDraft.Part b) {
    Found x = found.get(a);
    Found y = found.get(b);
    return x != null && y != null && x.host() == y.host();
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
    for (int d = 0; d < drafts.size(); d++) {
      ArticleDraft draft = drafts.get(d);
      for (int h = 0; h < draft.parts.size(); h++) {
        ArticleDraft.Part host = draft.parts.get(h);
        String text = host.text();
        for (int at = 0; at + KEY_CHARS <= text.length(); at++) {
          ArticleDraft.Part candidate = byKey.get(text.substring(at, at + KEY_CHARS));
          if (candidate == null || candidate == host || candidate.text.length() >= text.length()) {
            continue;
          }
          int checked = checks.merge(candidate.text.substring(0, KEY_CHARS), 1, Integer::sum);
          if (checked <= MAX_CHECKS_PER_KEY && text.startsWith(candidate.text(), at)) {
            found.putIfAbsent(candidate, new Found(host, d, h, at));
          }
        }
      }
    }
    Set<ArticleDraft.Part> contained = new HashSet<>();
    for (int d = 0; d < drafts.size(); d++) {
      addReprints(d, drafts.get(d), found, contained);
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
