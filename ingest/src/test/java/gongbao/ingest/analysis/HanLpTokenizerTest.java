package gongbao.ingest.analysis;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/**
 * The word analyzer, tested the way Lucene tests its own Chinese analyzer: exact terms, start and end
 * offsets and position increments on sentences of the seed pages, and random text.
 */
public class HanLpTokenizerTest extends BaseTokenStreamTestCase {

  @Test
  public void test_seed_headline_keeps_union_vocabulary_whole_with_exact_offsets() throws IOException {
    // 000: 西藏自治区总开展劳模工匠精神巡回宣讲活动 (subtitle), with 总工会 restored
    try (Analyzer words = GongbaoAnalyzers.words()) {
      assertAnalyzesTo(
          words,
          "西藏自治区总工会开展劳模工匠精神巡回宣讲活动",
          new String[] {"西藏自治区", "总工会", "开展", "劳模工匠精神", "巡回", "宣讲", "活动"},
          new int[] {0, 5, 8, 10, 16, 18, 20},
          new int[] {5, 8, 10, 16, 18, 20, 22},
          new int[] {1, 1, 1, 1, 1, 1, 1});
    }
  }

  @Test
  public void test_punctuation_is_dropped_without_shifting_offsets() throws IOException {
    // 001: 推荐新就业形态劳动者参加劳模、工匠、五一劳动奖章等评选。
    try (Analyzer words = GongbaoAnalyzers.words()) {
      assertTokenStreamContents(
          words.tokenStream("body_words", "推荐新就业形态劳动者参加劳模、工匠、五一劳动奖章等评选。"),
          new String[] {"推荐", "新就业形态劳动者", "参加", "劳模", "工匠", "五一劳动奖章", "等", "评选"},
          new int[] {0, 2, 10, 12, 15, 18, 24, 25},
          new int[] {2, 10, 12, 14, 17, 24, 25, 27},
          new int[] {1, 1, 1, 1, 1, 1, 1, 1},
          28);
    }
  }

  @Test
  public void test_stray_traditional_characters_are_simplified_in_place() throws IOException {
    // 000 prints 工會 inside simplified text
    try (Analyzer words = GongbaoAnalyzers.words()) {
      assertTokenStreamContents(
          words.tokenStream("body_words", "外卖配送员这一工會的“服务对象”"),
          new String[] {"外卖配送员", "这", "一", "工会", "的", "服务", "对象"},
          new int[] {0, 5, 6, 7, 9, 11, 13},
          new int[] {5, 6, 7, 9, 10, 13, 15},
          new int[] {1, 1, 1, 1, 1, 1, 1},
          16);
    }
  }

  @Test
  public void test_full_width_digits_become_ascii_with_the_same_offsets() throws IOException {
    // 001: 启动了“２０２２年新就业形态劳动者体检”活动 (the digits full-width here)
    try (Analyzer words = GongbaoAnalyzers.words()) {
      assertTokenStreamContents(
          words.tokenStream("body_words", "启动了“２０２２年新就业形态劳动者体检”活动"),
          new String[] {"启动", "了", "2022", "年", "新就业形态劳动者", "体检", "活动"},
          new int[] {0, 2, 4, 8, 9, 17, 20},
          new int[] {2, 3, 8, 9, 17, 19, 22},
          new int[] {1, 1, 1, 1, 1, 1, 1},
          22);
    }
  }

  @Test
  public void test_random_text_keeps_every_token_stream_invariant() throws IOException {
    try (Analyzer words = GongbaoAnalyzers.words()) {
      checkRandomData(random(), words, 200 * RANDOM_MULTIPLIER);
    }
  }

  @Test
  public void test_random_long_text_keeps_every_token_stream_invariant() throws IOException {
    try (Analyzer words = GongbaoAnalyzers.words()) {
      checkRandomData(random(), words, 10 * RANDOM_MULTIPLIER, 8192);
    }
  }

  @Test
  public void test_factory_is_found_by_its_spi_name() throws IOException {
    assertTrue(TokenizerFactory.availableTokenizers().contains(HanLpTokenizerFactory.NAME));
    TokenizerFactory factory = TokenizerFactory.forName(HanLpTokenizerFactory.NAME, new HashMap<>());
    try (Analyzer words =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(factory.create());
          }
        }) {
      assertAnalyzesTo(words, "建好工会驿站", new String[] {"建", "好", "工会驿站"});
    }
  }

  @Test
  public void test_factory_refuses_parameters_it_does_not_know() {
    Map<String, String> args = new HashMap<>(Map.of("dictionary", "other.txt"));
    expectThrows(IllegalArgumentException.class, () -> TokenizerFactory.forName(HanLpTokenizerFactory.NAME, args));
  }

  @Test
  public void test_building_analyzers_leaves_hanlp_global_dictionary_untouched() throws IOException {
    try (Analyzer words = GongbaoAnalyzers.words()) {
      assertAnalyzesTo(words, "产业工人队伍建设改革", new String[] {"产业工人队伍建设改革"});
    }
    assertFalse(CustomDictionary.DEFAULT.contains("产业工人队伍建设改革"));
    try (Analyzer hanLpOnly = GongbaoAnalyzers.words(Vocabulary.HANLP_ONLY)) {
      assertAnalyzesTo(hanLpOnly, "产业工人队伍建设改革", new String[] {"产业工人", "队伍", "建设", "改革"});
    }
  }
}
