package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Unquoted words, quoted phrases, synonyms and the headline weight, on a small index of articles. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextQueriesTest {

  private static final List<TextQueries.FieldPair> FIELDS =
      List.of(
          new TextQueries.FieldPair("headline_words", "headline_chars", 3f),
          new TextQueries.FieldPair("body_words", "body_chars", 1f));

  /** headline, body */
  private static final String[][] ARTICLES = {
    {"玉环工会为新就业形态劳动者健康护航", "出资24万元为450名货车司机、快递小哥、外卖配送员体检。"},
    {"金东区总工会推出十项举措", "设立户外劳动者服务站点,为快递小哥和新就业形态劳动者提供饮水、休息。"},
    {"习近平会见中国女排代表", "女排队员、教练员代表步入人民大会堂福建厅。"},
    {"全总部署职工书屋建设", "中华全国总工会近日印发通知。"},
    {"企业设安全总监", "安全总监负责全厂的安全生产。"},
    {"各地稳就业", "推动高质量就业，让发展更有温度。"},
    {"工会服务职工", "推动高质量发展，服务职工群众。"},
  };

  private final Directory directory = new ByteBuffersDirectory();
  private final TextQueries queries =
      new TextQueries(FIELDS, new TextQueries.Weights(1f, 1f), synonyms("骑手 ~ 外卖配送员 ~ 外卖小哥\n=全总 ~ 中华全国总工会 ~ 全国总工会\n"));
  private IndexSearcher searcher;

  @BeforeAll
  void indexArticles() throws IOException {
    Analyzer words = GongbaoAnalyzers.words();
    Analyzer characters = GongbaoAnalyzers.characters();
    Analyzer analyzer =
        GongbaoAnalyzers.perField(
            Map.of("headline_words", words, "body_words", words, "headline_chars", characters, "body_chars", characters));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < ARTICLES.length; i++) {
        Document doc = new Document();
        doc.add(new StringField("n", Integer.toString(i), Field.Store.YES));
        for (String field : new String[] {"headline_words", "headline_chars"}) {
          doc.add(new TextField(field, ARTICLES[i][0], Field.Store.NO));
        }
        for (String field : new String[] {"body_words", "body_chars"}) {
          doc.add(new TextField(field, ARTICLES[i][1], Field.Store.NO));
        }
        writer.addDocument(doc);
      }
    }
    searcher = new IndexSearcher(DirectoryReader.open(directory));
  }

  @AfterAll
  void close() throws IOException {
    searcher.getIndexReader().close();
    directory.close();
  }

  @Test
  void a_word_the_segmenter_cuts_differently_is_still_found_through_the_characters() throws IOException {
    assertEquals(List.of(2), ranked(queries.word("近平会见")));
  }

  @Test
  void a_word_cut_in_pieces_matches_only_where_its_pieces_stand_together() throws IOException {
    assertEquals(List.of("高质量", "发展"), queries.wordTokens("高质量发展"), "the case this test is about");
    assertEquals(List.of(6), ranked(queries.word("高质量发展")), "高质量 and 发展 apart in one body are no match");
  }

  @Test
  void a_synonym_finds_articles_that_only_use_another_term_of_its_group() throws IOException {
    assertEquals(List.of(0), ranked(queries.word("骑手")));
    assertEquals(List.of(3), ranked(queries.word("中华全国总工会")));
  }

  @Test
  void a_term_marked_word_only_is_not_found_by_characters_that_stand_across_words() throws IOException {
    assertEquals(List.of(3), ranked(queries.word("全国总工会")));
    assertEquals(List.of(3), ranked(queries.word("全总")));
  }

  @Test
  void a_quoted_phrase_is_not_expanded_with_synonyms() throws IOException {
    assertEquals(List.of(), ranked(queries.phrase("骑手")));
  }

  @Test
  void a_headline_match_ranks_above_a_body_match() throws IOException {
    assertEquals(List.of(0, 1), ranked(queries.word("新就业形态劳动者")));
  }

  @Test
  void a_word_without_letters_or_digits_matches_nothing() throws IOException {
    assertEquals(List.of(), ranked(queries.word("、")));
  }

  private List<Integer> ranked(Query query) throws IOException {
    List<Integer> ranked = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
      ranked.add(Integer.parseInt(searcher.storedFields().document(hit.doc).get("n")));
    }
    return ranked;
  }

  private static Synonyms synonyms(String text) {
    try {
      return Synonyms.read(new BufferedReader(new StringReader(text)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
