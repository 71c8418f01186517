package gongbao.ingest.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * The only place that touches HanLP's static state. When this class is first used it sets HanLP's
 * configuration once; nothing is changed afterwards, and HanLP's global {@link
 * CustomDictionary#DEFAULT} is never modified (the union dictionary is applied to HanLP's output by
 * {@link UnionTermMerger}, not added to HanLP). Each caller gets its own segmenter, since a HanLP
 * {@link Segment} is not meant to be shared between threads.
 */
public final class HanLpSegmenters {

  static {
    HanLP.Config.ShowTermNature = true;
  }

  private HanLpSegmenters() {}

  /** A new segmenter with HanLP's own dictionaries that reports character offsets. */
  public static Segment newSegmenter() {
    return HanLP.newSegment().enableOffset(true).enableCustomDictionary(CustomDictionary.DEFAULT);
  }
}
