package gongbao.ingest.analysis;

import java.io.IOException;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** The character analyzer: Han bigrams plus unigrams at the edges of each run, letters and digits one by one. */
public class CharacterAnalyzerTest extends BaseTokenStreamTestCase {

  @Test
  public void test_a_han_run_gives_its_bigrams_and_a_unigram_at_each_edge() throws IOException {
    try (Analyzer characters = GongbaoAnalyzers.characters()) {
      assertAnalyzesTo(
          characters,
          "工会驿站",
          new String[] {"工", "工会", "会驿", "驿站", "站"},
          new int[] {0, 0, 1, 2, 3},
          new int[] {1, 2, 3, 4, 4},
          new String[] {"<SINGLE>", "<DOUBLE>", "<DOUBLE>", "<DOUBLE>", "<SINGLE>"},
          new int[] {1, 0, 1, 1, 1},
          new int[] {1, 2, 2, 2, 1});
    }
  }

  @Test
  public void test_no_bigram_crosses_punctuation_and_no_position_is_left_empty() throws IOException {
    // 001: 劳模、工匠
    try (Analyzer characters = GongbaoAnalyzers.characters()) {
      assertAnalyzesTo(
          characters,
          "劳模、工匠",
          new String[] {"劳", "劳模", "模", "工", "工匠", "匠"},
          new int[] {0, 0, 1, 3, 3, 4},
          new int[] {1, 2, 2, 4, 5, 5},
          null,
          new int[] {1, 0, 1, 1, 0, 1},
          new int[] {1, 2, 1, 1, 2, 1});
    }
  }

  @Test
  public void test_digits_and_traditional_characters_are_normalised_in_place() throws IOException {
    // 000: 工會; 001: ２０２２年
    try (Analyzer characters = GongbaoAnalyzers.characters()) {
      assertAnalyzesTo(
          characters,
          "２2年工會",
          new String[] {"2", "2", "年", "年工", "工会", "会"},
          new int[] {0, 1, 2, 2, 3, 4},
          new int[] {1, 2, 3, 4, 5, 5},
          null,
          new int[] {1, 1, 1, 0, 1, 1},
          new int[] {1, 1, 1, 2, 2, 1});
    }
  }

  @Test
  public void test_characters_outside_the_basic_block_are_han_too() throws IOException {
    // 〇 (U+3007, a letter number, not a letter) and 𠀀 (U+20000, a surrogate pair) are Han; ａ is a full-width letter
    try (Analyzer characters = GongbaoAnalyzers.characters()) {
      assertAnalyzesTo(
          characters,
          "二〇𠀀ａ",
          new String[] {"二", "二〇", "〇𠀀", "𠀀", "a"},
          new int[] {0, 0, 1, 2, 4},
          new int[] {1, 2, 4, 4, 5});
    }
  }

  @Test
  public void test_a_lone_han_character_is_a_unigram() throws IOException {
    try (Analyzer characters = GongbaoAnalyzers.characters()) {
      assertAnalyzesTo(characters, "a哈1", new String[] {"a", "哈", "1"}, new int[] {0, 1, 2}, new int[] {1, 2, 3});
    }
  }

  @Test
  public void test_random_text_keeps_every_token_stream_invariant() throws IOException {
    try (Analyzer characters = GongbaoAnalyzers.characters()) {
      checkRandomData(random(), characters, 500 * RANDOM_MULTIPLIER);
      checkRandomData(random(), characters, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  @Test
  public void test_spi_name_rebuilds_the_character_field() throws IOException {
    TokenizerFactory tokenizers = TokenizerFactory.forName(CharacterTokenizerFactory.NAME, new HashMap<>());
    try (Analyzer characters =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(tokenizers.create());
          }
        }) {
      assertAnalyzesTo(characters, "驿站", new String[] {"驿", "驿站", "站"});
    }
  }
}
