package gongbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.jspecify.annotations.Nullable;

/**
 * Counts the facet values of every hit while the hits are collected, and hands each hit on to the collector it wraps
 * (the page of top hits), so that one pass over the matches gives both, and the counts come out as one number per
 * ordinal for {@link FacetCounts} to read. Each segment is counted by its own ordinals, read from memory ({@link
 * FacetOrdinals}) and mapped to the reader's once at the end. Every hit is counted: the wrapped collector is never let
 * skip the hits that cannot make its page.
 */
final class FacetCountingCollector implements Collector {

  private final FacetOrdinals ordinals;
  private final @Nullable Collector hits;
  private final List<SegmentCounts> segments = new ArrayList<>();
  private long hitCount;

  private record SegmentCounts(int[] toReader, int[] counts) {}

  /**
   * @param ordinals the facet field's ordinals of the reader searched
   * @param hits takes every hit as well (null to count only)
   */
  FacetCountingCollector(FacetOrdinals ordinals, @Nullable Collector hits) {
    this.ordinals = ordinals;
    this.hits = hits;
  }

  @Override
  public ScoreMode scoreMode() {
    // every hit is counted, so the wrapped collector may not skip any
    return hits != null && hits.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    FacetOrdinals.Segment values = ordinals.of(context);
    int[] counts = new int[values.valueCount()];
    segments.add(new SegmentCounts(ordinals.toReader(context), counts));
    return new CountingLeaf(values, counts, passOn(context));
  }

  private @Nullable LeafCollector passOn(LeafReaderContext context) throws IOException {
    try {
      return hits == null ? null : hits.getLeafCollector(context);
    } catch (CollectionTerminatedException noneCompetitive) {
      return null; // the hits need nothing from this segment; its counts still do
    }
  }

  /** How many hits were collected. */
  long hitCount() {
    return hitCount;
  }

  /** The counts of every hit collected so far, in the reader's ordinals. */
  FacetCounts counts() {
    int[] total = new int[ordinals.state().getSize()];
    for (SegmentCounts segment : segments) {
      int[] counts = segment.counts();
      int[] toReader = segment.toReader();
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] != 0) {
          total[toReader[ord]] += counts[ord];
        }
      }
    }
    return new FacetCounts(ordinals, total);
  }

  private final class CountingLeaf implements LeafCollector {

    private final FacetOrdinals.Segment values;
    private final int[] counts;
    private @Nullable LeafCollector hits;

    CountingLeaf(FacetOrdinals.Segment values, int[] counts, @Nullable LeafCollector hits) {
      this.values = values;
      this.counts = counts;
      this.hits = hits;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      if (hits != null) {
        hits.setScorer(new FilterScorable(scorer) {
          @Override
          public void setMinCompetitiveScore(float minScore) {
            // no hit may be skipped: all are counted
          }
        });
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      if (hits != null) {
        try {
          hits.collect(doc);
        } catch (CollectionTerminatedException enough) {
          hits = null;
        }
      }
      values.count(doc, counts);
      hitCount++;
    }

    @Override
    public void finish() throws IOException {
      if (hits != null) {
        hits.finish();
      }
    }
  }
}
