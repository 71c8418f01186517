package gongbao.ingest.article;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Moves paragraphs printed out of order to the article they belong to. A trailing paragraph of one
 * article that shares at least {@link #MIN_SHARED} four-character sequences with another article's
 * headline and first paragraph ({@code 威海高新区…}), and more than with the rest of its own article, is moved to
 * the end of that other article, with a warning on both; so is each paragraph after it that shares
 * nothing with its host.
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
    Map<ArticleDraft, Set<Long>> profiles = new IdentityHashMap<>();
    for (ArticleDraft draft : drafts) {
      profiles.put(draft, quads(profile(draft))); // headline and first paragraph: moves never change them
    }
    for (ArticleDraft host : drafts) {
      if (host.toc || host.photo) {
        continue;
      }
      int first = firstMovable(host, drafts, profiles);
      if (first < 0) {
        continue;
      }
      ArticleDraft.Part lead = host.parts.get(first);
      ArticleDraft target =
          bestHome(lead, host, drafts, profiles,
              sharedQuads(lead.text(), textWithout(host, first, host.parts.size())));
      if (target == null) {
        continue;
      }
      List<ArticleDraft.Part> moved = List.copyOf(host.parts.subList(first, host.parts.size()));
      host.parts.subList(first, host.parts.size()).clear();
      if (host.parts.isEmpty()) {
        target.endStaffLines.addAll(host.endStaffLines); // a headless fragment takes its names along
        host.endStaffLines.clear();
      }
      target.cutOff |= target.lastBodyOpen(); // its own text ended mid-sentence before the fragments
      target.parts.addAll(moved);
      String title = host.heads.isEmpty() ? "an article above" : host.heads.get(host.heads.size() - 1);
      target.warnings.add(moved.size() + " paragraph(s) printed under \"" + ArticleDraft.preview(title)
          + "\" attached here by shared names");
      host.warnings.add(moved.size() + " paragraph(s) printed here moved to the article they belong to");
    }
  }

  /**
   * The index where the run of trailing foreign paragraphs starts, or -1. A paragraph is foreign when
   * it shares nothing with the host above it, or much more with another article than with the host;
   * the run must start with one of the latter.
   */
  private static int firstMovable(
      ArticleDraft host, List<ArticleDraft> drafts, Map<ArticleDraft, Set<Long>> profiles) {
    int first = -1;
    int keep = host.heads.isEmpty() ? 0 : 1; // an article keeps its first paragraph; a headless fragment need not
    int last = Math.max(keep, host.parts.size() - MAX_TRAILING);
    for (int i = host.parts.size() - 1; i >= last; i--) {
      ArticleDraft.Part part = host.parts.get(i);
      if (part.subhead) {
        break;
      }
      int sharedWithHost = sharedQuads(part.text(), textWithout(host, i, host.parts.size()));
      if (sharedWithHost > 0 && bestHome(part, host, drafts, profiles, sharedWithHost) == null) {
        break;
      }
      first = i;
    }
    while (first >= 0 && first < host.parts.size()) {
      ArticleDraft.Part part = host.parts.get(first);
      int sharedWithHost = sharedQuads(part.text(), textWithout(host, first, host.parts.size()));
      if (bestHome(part, host, drafts, profiles, sharedWithHost) != null) {
        return first;
      }
      first++;
    }
    return -1;
  }

  /** The article that shares at least {@link #MIN_SHARED}, and more than the host, with the part (headline and lead only). */
  private static @Nullable ArticleDraft bestHome(ArticleDraft.Part part, ArticleDraft host, List<ArticleDraft> drafts,
      Map<ArticleDraft, Set<Long>> profiles, int sharedWithHost) {
    Set<Long> partQuads = quads(part.text());
    ArticleDraft best = null;
    int bestShared = Math.max(MIN_SHARED - 1, sharedWithHost);
    for (ArticleDraft other : drafts) {
      if (other == host || other.toc || other.photo || other.heads.isEmpty()) {
        continue;
      }
      int shared = HanGrams.shared(partQuads, profiles.get(other));
      if (shared > bestShared) {
        best = other;
        bestShared = shared;
      }
    }
    return best;
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
