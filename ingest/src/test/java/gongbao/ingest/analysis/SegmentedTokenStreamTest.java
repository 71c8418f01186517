package gongbao.ingest.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/**
 * A text segmented once during extraction must give the index exactly the words the analyzer gives
 * for the same text: same terms, offsets, positions and final offset.
 */
public class SegmentedTokenStreamTest extends BaseTokenStreamTestCase {

  private static final String[] PARTS = {
    "产业工人队伍建设改革", "工会驿站", "户外劳动者", "西藏自治区总工会", "，", "。", "\n", " ", "ＡＢＣ", "2024年",
    "开展", "劳模工匠精神", "巡回宣讲", "杭州市旅贸工会主席钱晓岚", "说", "工會", "“服务对象”", "哈哈哈哈"
  };

  @Test
  public void test_seed_sentence_gives_the_analyzers_tokens() throws IOException {
    assertSameAsAnalyzer("西藏自治区总工会开展劳模工匠精神巡回宣讲活动。\n推荐新就业形态劳动者参加劳模、工匠、五一劳动奖章等评选。");
  }

  @Test
  public void test_long_text_with_hard_piece_cuts_gives_the_analyzers_tokens() throws IOException {
    // no break character for thousands of characters: pieces are cut hard, inside union terms too
    assertSameAsAnalyzer("产业工人队伍建设改革工会驿站".repeat(300));
  }

  @Test
  public void test_random_texts_give_the_analyzers_tokens() throws IOException {
    Random random = new Random(20_261_122L);
    for (int round = 0; round < 40; round++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(400);
      for (int i = 0; i < parts; i++) {
        text.append(PARTS[random.nextInt(PARTS.length)]);
      }
      assertSameAsAnalyzer(text.toString());
    }
  }

  private static void assertSameAsAnalyzer(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    try (Analyzer words = GongbaoAnalyzers.words(); TokenStream stream = words.tokenStream("body_words", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        starts.add(offset.startOffset());
        ends.add(offset.endOffset());
      }
      stream.end();
    }
    int[] increments = new int[terms.size()];
    Arrays.fill(increments, 1);
    assertTokenStreamContents(
        GongbaoAnalyzers.words(new WordSegmenter().segment(text)),
        terms.toArray(String[]::new),
        starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray(),
        increments,
        text.length());
  }
}
