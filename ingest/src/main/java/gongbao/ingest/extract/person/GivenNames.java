package gongbao.ingest.extract.person;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

/**
 * How often HanLP's person-name dictionary (in the HanLP jar, Apache-2.0; counted on People's Daily text) has seen a
 * character in a given name: alone ({@code 毅} of 王毅: 738 times), or as the first or the second character of a
 * two-character given name ({@code 小} of 王小云, {@code 云}).
 */
final class GivenNames {

  private GivenNames() {}

  /** True when {@code given}, one character, has been seen at least {@code minCount} times as a whole given name. */
  static boolean isCommonOneCharacterName(String given, int minCount) {
    return count(given, NR.E) >= minCount;
  }

  /**
   * True when each character of {@code given}, two characters, has been seen at least {@code minCount} times in its
   * place in a two-character given name.
   */
  static boolean isCommonTwoCharacterName(String given, int minCount) {
    return count(given.substring(0, 1), NR.C) >= minCount && count(given.substring(1), NR.D) >= minCount;
  }

  private static int count(String character, NR role) {
    EnumItem<NR> roles = PersonDictionary.dictionary.get(character);
    Integer count = roles == null ? null : roles.labelMap.get(role);
    return count == null ? 0 : count;
  }
}
