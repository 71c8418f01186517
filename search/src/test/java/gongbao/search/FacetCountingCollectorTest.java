package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.search.api.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Facet counts taken while the hits are collected match Lucene's own counts over the same hits, value for value and in
 * the same order, on an index of several segments (so each segment's ordinals are mapped to the index's).
 */
class FacetCountingCollectorTest {

  private static final String[] PROVINCES = {"浙江省", "江苏省", "重庆市"};
  private static final String[] CITIES = {"杭州市", "宁波市", "衢州市", "南京市"};
  private static final String[] TOPICS = {"skills", "wages", "safety", "care", "model-workers"};

  private static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical("region", true);
    config.setMultiValued("region", true);
    config.setMultiValued("topic", true);
    return config;
  }

  @Test
  void counts_match_lucenes_over_the_same_hits_in_every_dimension_and_level() throws IOException {
    try (Directory directory = indexOfThreeSegments(new Random(20241124))) {
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(3, reader.leaves().size());
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config());
        FacetOrdinals ordinals = FacetOrdinals.read(state, null);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("half", "yes")))) {
          FacetCountingCollector counting = new FacetCountingCollector(ordinals, null);
          searcher.search(query, counting);
          FacetCounts ours = counting.counts();
          FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
          Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
          for (int max : new int[] {1, 2, 3, 10}) {
            assertEquals(flat(lucene, "topic", max), ours.flat("topic", max), "topic, top " + max);
            assertEquals(flat(lucene, "paper", max), ours.flat("paper", max), "paper, top " + max);
            assertEquals(tree(lucene, max, 2, new String[0]), ours.tree("region", max, 2), "region, top " + max);
          }
        }
      }
    }
  }

  @Test
  void every_hit_is_counted_even_when_the_page_of_top_hits_could_skip_some() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      FacetsConfig config = config();
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (int i = 0; i < 1000; i++) {
          // the first three score highest; the blocks after them could be skipped by a page of three
          int times = i < 3 ? 8 : 1;
          Document doc = new Document();
          doc.add(new TextField("body", "w ".repeat(times) + "x ".repeat(10 - times), Field.Store.NO));
          doc.add(new SortedSetDocValuesFacetField("paper", "paper-" + i % 3));
          writer.addDocument(config.build(doc));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        // a page of three that need count only one hit exactly may skip every hit that cannot make the page
        TopScoreDocCollector page = new TopScoreDocCollectorManager(3, null, 1).newCollector();
        FacetOrdinals ordinals = FacetOrdinals.read(state, null);
        FacetCountingCollector counting = new FacetCountingCollector(ordinals, page);
        new IndexSearcher(reader).search(new TermQuery(new Term("body", "w")), counting);
        long counted = counting.counts().flat("paper", 10).stream().mapToLong(FacetValue::count).sum();
        assertEquals(1000, counted);
        assertEquals(3, page.topDocs().scoreDocs.length);
      }
    }
  }

  private static Directory indexOfThreeSegments(Random random) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    FacetsConfig config = config();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int segment = 0; segment < 3; segment++) {
        for (int i = 0; i < 60; i++) {
          Document doc = new Document();
          doc.add(new StringField("half", random.nextBoolean() ? "yes" : "no", Field.Store.NO));
          doc.add(new SortedSetDocValuesFacetField("paper", "paper-" + random.nextInt(4 + segment)));
          for (int t = random.nextInt(3); t > 0; t--) {
            doc.add(new SortedSetDocValuesFacetField("topic", TOPICS[random.nextInt(TOPICS.length)]));
          }
          if (random.nextInt(4) > 0) {
            String province = PROVINCES[random.nextInt(PROVINCES.length)];
            doc.add(new SortedSetDocValuesFacetField("region", province, CITIES[random.nextInt(CITIES.length)]));
          }
          writer.addDocument(config.build(doc));
        }
        writer.commit();
      }
    }
    return directory;
  }

  private static List<FacetValue> flat(Facets lucene, String dim, int max) throws IOException {
    return values(lucene.getTopChildren(max, dim), lucene, max, 1, new String[0]);
  }

  private static List<FacetValue> tree(Facets lucene, int max, int depth, String[] path) throws IOException {
    return values(lucene.getTopChildren(max, "region", path), lucene, max, depth, path);
  }

  private static List<FacetValue> values(FacetResult result, Facets lucene, int max, int depth, String[] path)
      throws IOException {
    List<FacetValue> values = new ArrayList<>();
    if (result == null) {
      return values;
    }
    for (LabelAndValue child : result.labelValues) {
      String[] childPath = List.of(path).toArray(new String[path.length + 1]);
      childPath[path.length] = child.label;
      List<FacetValue> below = depth > 1 ? tree(lucene, max, depth - 1, childPath) : List.of();
      values.add(new FacetValue(child.label, child.value.longValue(), below));
    }
    return values;
  }
}
