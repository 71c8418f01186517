package gongbao.ingest.analysis;

import java.util.Objects;

/**
 * One word of segmented text, as the analysis produced it.
 *
 * @param word the word's text
 * @param offset where it starts in the text that was segmented
 * @param nature the part-of-speech tag (HanLP's nature: {@code n}, {@code ns}, {@code nr}, {@code v} …)
 */
public record Token(String word, int offset, String nature) {

  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(nature, "nature");
  }

  public int end() {
    return offset + word.length();
  }

  /** True for the tags of nouns, including proper nouns and nominal verbs. */
  public boolean isNominal() {
    return nature.startsWith("n") || nature.equals("vn") || nature.equals("j") || nature.equals("b");
  }

  public boolean isPunctuation() {
    return nature.startsWith("w");
  }
}
