package gongbao.ingest.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves paragraphs printed out of order to the article they belong to. A trailing paragraph of one
 * article that shares no four-character sequence with the rest of that article, but at least {@link
 * #MIN_SHARED} with another article's headline and body ({@code 威海高新区…}), is moved to the end of that
 * article, with a warning on both; so is each paragraph after it that shares nothing with its host.
 * Paragraphs without such evidence stay where they are.
 */
final class FragmentAttacher {

  static final int MIN_SHARED = 3;
  private static final int MAX_TEXT_CHARS = 20_000;
  private static final int MAX_DRAFTS = 200;
  private static final int MAX_TRAILING = 6;

  private FragmentAttacher() {}

  static void attach(List<ArticleDraft> drafts) {
    if (drafts.size() < 2 || drafts.size() > MAX_DRAFTS) {
      return;
    }
    for (ArticleDraft host : drafts) {
      if (host.toc || host.photo) {
        continue;
      }
      int first = firstMovable(host, drafts);
      if (first < 0) {
        continue;
      }
      ArticleDraft target = bestHome(host.parts.get(first), host, drafts);
      if (target == null) {
        continue;
      }
      List<ArticleDraft.Part> moved = List.copyOf(host.parts.subList(first, host.parts.size()));
      host.parts.subList(first, host.parts.size()).clear();
      target.parts.addAll(moved);
      String title = host.heads.isEmpty() ? "an article above" : host.heads.get(host.heads.size() - 1);
      target.warnings.add(moved.size() + " paragraph(s) printed under \"" + PageSegmenter.abbreviate(title)
          + "\" attached here by shared names");
      host.warnings.add(moved.size() + " paragraph(s) printed here moved to the article they belong to");
    }
  }

  /** The index of the first of the trailing paragraphs that share nothing with the host, or -1. */
  private static int firstMovable(ArticleDraft host, List<ArticleDraft> drafts) {
    int first = -1;
    int last = Math.max(1, host.parts.size() - MAX_TRAILING);
    for (int i = host.parts.size() - 1; i >= last; i--) {
      ArticleDraft.Part part = host.parts.get(i);
      if (part.subhead || shared(quads(part.text()), quads(textWithout(host, i, host.parts.size()))) > 0) {
        break;
      }
      first = i;
    }
    // the host keeps at least its first paragraph, and the run must start with evidence for another article
    while (first > 0 && first < host.parts.size() && bestHome(host.parts.get(first), host, drafts) == null) {
      first++;
    }
    return first >= host.parts.size() ? -1 : first;
  }

  private static ArticleDraft bestHome(ArticleDraft.Part part, ArticleDraft host, List<ArticleDraft> drafts) {
    Set<Integer> partQuads = quads(part.text());
    ArticleDraft best = null;
    int bestShared = MIN_SHARED - 1;
    for (ArticleDraft other : drafts) {
      if (other == host || other.toc || other.photo) {
        continue;
      }
      int shared = shared(partQuads, quads(textWithout(other, -1, -1)));
      if (shared > bestShared) {
        best = other;
        bestShared = shared;
      }
    }
    return best;
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

  private static int shared(Set<Integer> a, Set<Integer> b) {
    int shared = 0;
    for (Integer quad : a) {
      if (b.contains(quad)) {
        shared++;
      }
    }
    return shared;
  }

  /** Hashes of the four-character sequences of Chinese characters in the text (bounded). */
  private static Set<Integer> quads(String text) {
    Set<Integer> quads = new HashSet<>();
    int end = Math.min(text.length(), MAX_TEXT_CHARS);
    for (int i = 0; i + 3 < end; i++) {
      if (TopicContinuity.isHan(text.charAt(i)) && TopicContinuity.isHan(text.charAt(i + 1))
          && TopicContinuity.isHan(text.charAt(i + 2)) && TopicContinuity.isHan(text.charAt(i + 3))) {
        quads.add(text.substring(i, i + 4).hashCode());
      }
    }
    return quads;
  }
}
