package gongbao.ingest.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * The only place that touches HanLP's static configuration. It is set once, when this class is first
 * used; constructing segmenters afterwards changes nothing global. Each caller gets its own segmenter,
 * since a HanLP {@link Segment} is not meant to be shared between threads.
 */
public final class HanLpSegmenters {

  static {
    HanLP.Config.ShowTermNature = true;
  }

  private HanLpSegmenters() {}

  /** A new segmenter that reports character offsets. */
  public static Segment newSegmenter() {
    return HanLP.newSegment().enableOffset(true);
  }
}
