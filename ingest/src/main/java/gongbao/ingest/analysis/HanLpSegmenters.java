package gongbao.ingest.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * The only place that touches HanLP's static state. When this class is first used it sets HanLP's
 * configuration once and builds, once, a custom dictionary that is HanLP's own plus the
 * {@link UnionDictionary}; nothing is changed afterwards, and HanLP's global {@link
 * CustomDictionary#DEFAULT} is never modified. Each caller gets its own segmenter, since a HanLP
 * {@link Segment} is not meant to be shared between threads.
 */
public final class HanLpSegmenters {

  /** Which custom dictionary a segmenter uses. */
  public enum Vocabulary {
    /** HanLP's own custom dictionary plus the union dictionary: what Gongbao indexes with. */
    WITH_UNION_DICTIONARY,
    /** HanLP's own custom dictionary only: for metadata extraction, whose rules were measured on it, and for measuring what the union dictionary changes. */
    HANLP_ONLY
  }

  private static final int UNION_TERM_FREQUENCY = 1000;

  private static final UnionDictionary UNION_DICTIONARY;
  private static final DynamicCustomDictionary WITH_UNION;

  static {
    HanLP.Config.ShowTermNature = true;
    UNION_DICTIONARY = UnionDictionary.bundled();
    BinTrie<CoreDictionary.Attribute> unionTrie = new BinTrie<>();
    for (String term : UNION_DICTIONARY.terms()) {
      unionTrie.put(term, new CoreDictionary.Attribute(Nature.nz, UNION_TERM_FREQUENCY));
    }
    DynamicCustomDictionary hanLp = CustomDictionary.DEFAULT;
    WITH_UNION = new DynamicCustomDictionary(hanLp.dat, unionTrie, hanLp.path);
  }

  private HanLpSegmenters() {}

  /** The union dictionary loaded at start-up. */
  public static UnionDictionary unionDictionary() {
    return UNION_DICTIONARY;
  }

  /** A new segmenter with the union dictionary that reports character offsets. */
  public static Segment newSegmenter() {
    return newSegmenter(Vocabulary.WITH_UNION_DICTIONARY);
  }

  /** A new segmenter with the given vocabulary that reports character offsets. */
  public static Segment newSegmenter(Vocabulary vocabulary) {
    Segment segment = HanLP.newSegment().enableOffset(true);
    return switch (vocabulary) {
      case WITH_UNION_DICTIONARY -> segment.enableCustomDictionary(WITH_UNION);
      case HANLP_ONLY -> segment.enableCustomDictionary(CustomDictionary.DEFAULT);
    };
  }
}
