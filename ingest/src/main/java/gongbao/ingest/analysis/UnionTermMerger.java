package gongbao.ingest.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins runs of neighbouring words that together spell a union-dictionary term (产业工人 队伍 建设 改革 →
 * 产业工人队伍建设改革), the longest run first, left to right: what HanLP does with a custom dictionary,
 * applied to its output so that the segmentation underneath (and the names HanLP recognises in it)
 * stays HanLP's own. Only words that touch are joined; a term never swallows part of a word.
 */
public final class UnionTermMerger {

  /** Part-of-speech tag of a joined term, as HanLP tags custom-dictionary words. */
  static final String TERM_NATURE = "nz";

  private final Set<String> terms;
  private final Set<String> prefixes = new HashSet<>();

  /** With the union dictionary shipped with Gongbao. */
  public static UnionTermMerger bundled() {
    return BUNDLED;
  }

  private static final UnionTermMerger BUNDLED = new UnionTermMerger(UnionDictionary.bundled().terms());

  UnionTermMerger(List<String> terms) {
    this.terms = Set.copyOf(terms);
    for (String term : terms) {
      for (int end = 1; end <= term.length(); end++) {
        prefixes.add(term.substring(0, end));
      }
    }
  }

  /** The words with every dictionary run joined; {@code words} are in text order. */
  public List<Token> merge(List<Token> words) {
    List<Token> merged = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      int end = longestTermEnd(words, i);
      if (end > i + 1) {
        StringBuilder term = new StringBuilder();
        for (int j = i; j < end; j++) {
          term.append(words.get(j).word());
        }
        merged.add(new Token(term.toString(), words.get(i).offset(), TERM_NATURE));
        i = end;
      } else {
        merged.add(words.get(i++));
      }
    }
    return merged;
  }

  /** The end (exclusive) of the longest run from {@code start} that spells a term, or start + 1. */
  private int longestTermEnd(List<Token> words, int start) {
    if (!prefixes.contains(words.get(start).word())) {
      return start + 1;
    }
    int best = start + 1;
    StringBuilder run = new StringBuilder(words.get(start).word());
    for (int j = start + 1; j < words.size(); j++) {
      if (words.get(j).offset() != words.get(j - 1).end()) {
        break;
      }
      run.append(words.get(j).word());
      String candidate = run.toString();
      if (!prefixes.contains(candidate)) {
        break;
      }
      if (terms.contains(candidate)) {
        best = j + 1;
      }
    }
    return best;
  }
}
