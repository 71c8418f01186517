package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The id order gives exactly the pages of Lucene's string sort on the id field, on an index of several segments where
 * every score ties and dates tie in groups, from the start and after a cursor, whether its article is still in the
 * index or was deleted.
 */
class IdOrderTest {

  private static final SortField STOCK_ID = new SortField(IndexSchema.ID, SortField.Type.STRING);
  private static final int DELETED_FROM = 117;

  @Test
  void pages_are_those_of_lucenes_string_sort_from_the_start_and_after_any_cursor() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      Random random = new Random(20241124);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        ids.add(String.format("grrb-%03d-%d", random.nextInt(1000), i));
      }
      Collections.shuffle(ids, random);
      writeThreeSegments(directory, ids, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(3, reader.leaves().size());
        IdOrder order = IdOrder.read(reader);
        IndexSearcher searcher = new IndexSearcher(reader);
        SortField byDate = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        List<Sort[]> sorts = List.of(
            new Sort[] {new Sort(SortField.FIELD_SCORE, STOCK_ID), new Sort(SortField.FIELD_SCORE, order.sortField())},
            new Sort[] {new Sort(byDate, STOCK_ID), new Sort(byDate, order.sortField())});
        for (Sort[] sort : sorts) {
          TopFieldDocs all = searcher.search(new MatchAllDocsQuery(), 200, sort[0], true);
          assertEquals(docs(all), docs(searcher.search(new MatchAllDocsQuery(), 200, sort[1], true)), "first page");
          for (int k = 0; k < all.scoreDocs.length; k += 7) {
            FieldDoc last = (FieldDoc) all.scoreDocs[k];
            BytesRef id = (BytesRef) last.fields[1];
            assertEquals(pageAfter(searcher, sort[0], last.fields[0], id),
                pageAfter(searcher, sort[1], last.fields[0], id), "after " + id.utf8ToString());
          }
        }
        // ids the index does not hold: a deleted article's, one between two held ids, before and after all of them
        List<String> sorted = new ArrayList<>(ids.subList(0, DELETED_FROM));
        Collections.sort(sorted);
        for (String absent : List.of(ids.get(ids.size() - 1), sorted.get(10) + "0", "", "zzz")) {
          for (Sort[] sort : sorts) {
            Object first = sort[0].getSort()[0].getType() == SortField.Type.SCORE ? (Object) 1f : (Object) 3L;
            BytesRef id = new BytesRef(absent);
            assertEquals(pageAfter(searcher, sort[0], first, id), pageAfter(searcher, sort[1], first, id),
                "after absent " + absent);
          }
        }
      }
    }
  }

  private static List<Integer> pageAfter(IndexSearcher searcher, Sort sort, Object first, BytesRef id)
      throws IOException {
    FieldDoc after = new FieldDoc(searcher.getIndexReader().maxDoc() - 1, Float.NaN, new Object[] {first, id});
    return docs(searcher.searchAfter(after, new MatchAllDocsQuery(), 10, sort, true));
  }

  private static List<Integer> docs(TopFieldDocs top) {
    return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
  }

  /** The articles over three segments, dates in ties of about 20; those from {@link #DELETED_FROM} on are deleted. */
  private static void writeThreeSegments(Directory directory, List<String> ids, Random random) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < ids.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.ID, ids.get(i), Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(ids.get(i))));
        doc.add(new NumericDocValuesField(IndexSchema.DATE, random.nextInt(6)));
        writer.addDocument(doc);
        if (i % 40 == 39) {
          writer.commit();
        }
      }
      for (int i = DELETED_FROM; i < ids.size(); i++) {
        writer.deleteDocuments(new Term(IndexSchema.ID, ids.get(i)));
      }
      writer.commit();
    }
  }
}
