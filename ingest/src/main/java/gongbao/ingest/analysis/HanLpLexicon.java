package gongbao.ingest.analysis;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.Arrays;
import java.util.Optional;

/**
 * What HanLP's core dictionary (built from People's Daily text) says of a word, read-only. The segmenter
 * tags a word for one sentence; the dictionary tells how the word is usually used: 快递 is tagged a verb in
 * 快递行业 but is mostly a noun (vn 7, v 4); 全州 may be tagged a place but is mostly a common noun.
 */
public final class HanLpLexicon {

  private HanLpLexicon() {}

  /** How often the dictionary's corpus holds the word, all its tags together; 0 if the dictionary lacks it. */
  public static int frequency(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    return attribute == null ? 0 : attribute.totalFrequency;
  }

  /** True when the dictionary has the word with the tag among its tags ({@code 就} is mostly d, also p). */
  public static boolean hasNature(String word, String nature) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    return attribute != null && Arrays.stream(attribute.nature).anyMatch(tag -> tag.toString().equals(nature));
  }

  /** The word's most frequent part-of-speech tag ({@code ns}, {@code vn} …), if the dictionary has the word. */
  public static Optional<String> usualNature(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    return attribute == null ? Optional.empty() : Optional.of(attribute.nature[0].toString());
  }
}
