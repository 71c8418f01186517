package gongbao.ingest.extract.person;

import gongbao.ingest.analysis.HanLpLexicon;
import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Three-character names HanLP cut into a two-character word and a lone character ({@code 徐海/n 伟/ag}): the word opens
 * with a family name and HanLP's dictionary has seen it as a word at most {@value #MAX_WORD_FREQUENCY} time, the lone
 * character is a name's leftover by its tag, and both characters of the given name are common in their places
 * ({@value #MIN_GIVEN_NAME_COUNT} times each in HanLP's person dictionary). People's Daily 1998-01: 29 more right
 * names, 2 more wrong ones (EVALUATION.md).
 */
final class CutNames {

  /** A word seen more often is a word (徐海 is seen once: a name HanLP's corpus misread, not a word). */
  private static final int MAX_WORD_FREQUENCY = 1;
  private static final int MIN_GIVEN_NAME_COUNT = 100;
  /** HanLP's tags of a character left over from a name it cut: distinguishing word, bound noun, adjective, pronoun. */
  private static final Set<String> LEFTOVER_NATURES = Set.of("b", "ng", "ag", "Rg");

  private CutNames() {}

  /** The offsets {@code [start, end)} of the names found cut in two in the tokens. */
  static List<int[]> spans(List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token word = tokens.get(i);
      Token leftover = tokens.get(i + 1);
      if (word.word().length() == 2 && !word.nature().startsWith("nr") && Surnames.startsWithSurname(word.word())
          && leftover.word().length() == 1 && leftover.offset() == word.end()
          && LEFTOVER_NATURES.contains(leftover.nature())
          && HanLpLexicon.frequency(word.word()) <= MAX_WORD_FREQUENCY
          && GivenNames.isCommonTwoCharacterName(word.word().substring(1) + leftover.word(), MIN_GIVEN_NAME_COUNT)) {
        spans.add(new int[] {word.offset(), leftover.end()});
      }
    }
    return spans;
  }
}
