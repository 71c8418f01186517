package gongbao.ingest.article;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import gongbao.ingest.analysis.HanLpSegmenters;
import java.util.List;

/**
 * What HanLP reads at the junction of two pieces of text: a word spanning it, or a first piece ending on a word that
 * needs what follows. HanLP segments the few Chinese characters either side of the junction, and a word spanning it
 * ({@code 三个方} + {@code 面的保障措施}, {@code 庆祝新中} + {@code 国70华诞}) says the first piece was cut by a column
 * break, not ended.
 */
final class JunctionWords {

  /** Characters taken from either side of the junction: enough context for HanLP, and constant time. */
  private static final int SIDE_CHARS = 4;
  /**
   * Without name recognition, which would read a name across the junction of a headline and the text under
   * it ({@code …院长刘智明} + {@code 刘智明院长走了}). HanLP segmenters are not thread-safe; splitting runs on
   * several threads.
   */
  private static final ThreadLocal<Segment> SEGMENTER =
      ThreadLocal.withInitial(() -> HanLpSegmenters.newSegmenter().enableNameRecognize(false));

  private JunctionWords() {}

  /**
   * True when the last word of {@code head}, as HanLP tags it, needs what follows, so that no headline ends on it: a
   * preposition or a conjunction ({@code 孙颖莎在}, {@code 针对}, {@code 以及}, {@code 和}), a demonstrative ({@code 这},
   * {@code 那些}, {@code 各}) or a structural particle ({@code 的}, {@code 地}, {@code 得}); a word that merely ends on such a
   * character ({@code 现在}, {@code 目的}) is tagged as what it is. Of the 23,000 rmrb headline lines and unpunctuated short
   * paragraphs, 46 end on a preposition or a conjunction, 26 of them on {@code 作为} (有新作为), which is left out, 14 on
   * {@code 的} and 12 on the others, leaving out {@code 之一} and {@code 各界}; of 18,000 rmrb paragraphs cut at a random
   * point, 910, 443 and 281.
   */
  static boolean endsOnLinkingWord(String head) {
    int left = hanCharsAtEnd(head, 2 * SIDE_CHARS);
    if (left == 0) {
      return false;
    }
    List<Term> terms = SEGMENTER.get().seg(head.substring(head.length() - left));
    Term last = terms.get(terms.size() - 1);
    String tag = last.nature.toString();
    return tag.startsWith("c") || tag.startsWith("p") && !last.word.equals("作为")
        || tag.startsWith("rz") && !last.word.equals("之一") && !last.word.equals("各界")
        || tag.equals("ude1") || tag.equals("ude2") || tag.equals("ude3");
  }

  /** True when HanLP reads a word across the end of {@code head} and the start of {@code text}. */
  static boolean cutsAWord(String head, String text) {
    int left = hanCharsAtEnd(head, SIDE_CHARS);
    int right = 0;
    while (right < SIDE_CHARS && right < text.length() && HanGrams.isHan(text.charAt(right))) {
      right++;
    }
    if (left == 0 || right == 0) {
      return false;
    }
    for (Term term : SEGMENTER.get().seg(head.substring(head.length() - left) + text.substring(0, right))) {
      if (term.offset < left && term.offset + term.word.length() > left) {
        return true;
      }
    }
    return false;
  }

  /** How many of the last characters of {@code text}, at most {@code max}, are Chinese characters in a row. */
  private static int hanCharsAtEnd(String text, int max) {
    int count = 0;
    while (count < max && count < text.length() && HanGrams.isHan(text.charAt(text.length() - 1 - count))) {
      count++;
    }
    return count;
  }
}
