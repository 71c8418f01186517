package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class FacetOrdinalsTest {

  private static final FacetsConfig CONFIG = config();

  private static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("topic", true);
    config.setHierarchical("region", true);
    return config;
  }

  @Test
  void every_article_counts_exactly_its_own_values_those_without_any_included() throws IOException {
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, oneSegmentACommit())) {
      add(writer, "a", List.of("skills", "wages"), "浙江省", "宁波市");
      add(writer, "b", List.of(), null, null); // no facet value at all
      add(writer, "c", List.of("wages"), null, null);
      writer.commit();
      add(writer, "d", List.of(), null, null);
      add(writer, "e", List.of("care", "skills", "safety"), "重庆市", "沙坪坝区");
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(2, reader.leaves().size());
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        FacetOrdinals ordinals = FacetOrdinals.read(state, null);
        SortedSetDocValues inReader = state.getDocValues();
        for (LeafReaderContext leaf : reader.leaves()) {
          FacetOrdinals.Segment segment = ordinals.of(leaf);
          SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
          assertEquals(values.getValueCount(), segment.valueCount());
          int[] toReader = ordinals.toReader(leaf);
          for (int ord = 0; ord < segment.valueCount(); ord++) {
            assertEquals(values.lookupOrd(ord), inReader.lookupOrd(toReader[ord]),
                "segment " + leaf.ord + ", value " + ord);
          }
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            int[] expected = new int[segment.valueCount()];
            if (values.advanceExact(doc)) {
              for (int i = values.docValueCount(); i > 0; i--) {
                expected[(int) values.nextOrd()]++;
              }
            }
            int[] counted = new int[segment.valueCount()];
            segment.count(doc, counted);
            assertArrayEquals(expected, counted, "segment " + leaf.ord + ", article " + doc);
          }
        }
        List<String> names = new ArrayList<>();
        for (int ord = 0; ord < state.getSize(); ord++) {
          names.add(ordinals.name(ord));
        }
        assertEquals(List.of("region", "浙江省", "宁波市", "重庆市", "沙坪坝区", "care", "safety", "skills", "wages"),
            names);
        assertSame(ordinals.name(2), ordinals.name(2), "a name read once");
      }
    }
  }

  @Test
  void a_refreshed_reader_reads_only_its_new_segments() throws IOException {
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, oneSegmentACommit())) {
      add(writer, "a", List.of("skills"), "浙江省", "宁波市");
      writer.commit();
      try (DirectoryReader first = DirectoryReader.open(directory)) {
        FacetOrdinals before = FacetOrdinals.read(new DefaultSortedSetDocValuesReaderState(first, CONFIG), null);
        add(writer, "b", List.of("wages"), "重庆市", "沙坪坝区");
        writer.commit();
        try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
          FacetOrdinals after = FacetOrdinals.read(new DefaultSortedSetDocValuesReaderState(second, CONFIG), before);
          assertEquals(2, second.leaves().size());
          assertSame(before.of(first.leaves().get(0)), after.of(second.leaves().get(0)), "the shared segment");
          assertNotSame(before.of(first.leaves().get(0)), after.of(second.leaves().get(1)));
          assertThrows(IllegalArgumentException.class, () -> before.of(second.leaves().get(1)),
              "a segment the ordinals were not read from");
        }
      }
    }
  }

  private static IndexWriterConfig oneSegmentACommit() {
    return new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
  }

  private static void add(IndexWriter writer, String id, List<String> topics, String province, String city)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.NO));
    topics.forEach(topic -> doc.add(new SortedSetDocValuesFacetField("topic", topic)));
    if (province != null) {
      doc.add(new SortedSetDocValuesFacetField("region", province, city));
    }
    writer.addDocument(CONFIG.build(doc));
  }
}
