package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.IndexStats;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/** Counts what an index holds in one pass over its doc values. */
final class IndexStatsCounter {

  private IndexStatsCounter() {}

  static IndexStats count(IndexSnapshot snapshot) throws IOException {
    IndexReader reader = snapshot.searcher().getIndexReader();
    Set<String> pages = new HashSet<>();
    Map<String, Integer> perPaper = new TreeMap<>();
    Map<Integer, Integer> perYear = new TreeMap<>();
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;
    int undated = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader leafReader = leaf.reader();
      Bits live = leafReader.getLiveDocs();
      SortedDocValues pageKeys = leafReader.getSortedDocValues(IndexSchema.PAGE_KEY);
      SortedDocValues papers = leafReader.getSortedDocValues(IndexSchema.PAPER);
      NumericDocValues dates = leafReader.getNumericDocValues(IndexSchema.DATE);
      for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (pageKeys != null && pageKeys.advanceExact(doc)) {
          pages.add(pageKeys.lookupOrd(pageKeys.ordValue()).utf8ToString());
        }
        if (papers != null && papers.advanceExact(doc)) {
          perPaper.merge(papers.lookupOrd(papers.ordValue()).utf8ToString(), 1, Integer::sum);
        }
        if (dates != null && dates.advanceExact(doc)) {
          long day = dates.longValue();
          minDay = Math.min(minDay, day);
          maxDay = Math.max(maxDay, day);
          perYear.merge(LocalDate.ofEpochDay(day).getYear(), 1, Integer::sum);
        } else {
          undated++;
        }
      }
    }
    List<IndexStats.PaperCount> paperCounts = new ArrayList<>();
    perPaper.forEach((id, n) -> paperCounts.add(new IndexStats.PaperCount(id, snapshot.paperName(id), n)));
    List<IndexStats.YearCount> yearCounts = new ArrayList<>();
    perYear.forEach((year, n) -> yearCounts.add(new IndexStats.YearCount(year, n)));
    String analyzerVersion =
        reader instanceof DirectoryReader directoryReader
            ? directoryReader.getIndexCommit().getUserData().get(IndexSchema.ANALYZER_VERSION_KEY)
            : null;
    return new IndexStats(
        reader.numDocs(),
        pages.size(),
        paperCounts,
        minDay == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(minDay),
        maxDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(maxDay),
        yearCounts,
        undated,
        analyzerVersion);
  }
}
