package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Quoted phrases on a small index of seed sentences match exactly where the string occurs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CharacterPhrasesTest {

  private static final String CHARS = "chars";
  private static final String WORDS = "words";
  private static final String[] SENTENCES = {
    "西藏自治区总工会开展劳模工匠精神巡回宣讲活动", // 000
    "推荐新就业形态劳动者参加劳模、工匠、五一劳动奖章等评选。", // 001
    "为把外卖配送员这一工會的“服务对象”发展为基层“治理力量”", // 000
    "启动了“2022年新就业形态劳动者体检”活动,出资24万元", // 001
    "习近平会见中国女排代表",
  };

  private final Directory directory = new ByteBuffersDirectory();
  private final CharacterPhrases phrases = new CharacterPhrases(GongbaoAnalyzers.characters());
  private IndexSearcher searcher;

  @BeforeAll
  void indexSentences() throws IOException {
    Analyzer analyzer =
        GongbaoAnalyzers.perField(Map.of(CHARS, GongbaoAnalyzers.characters(), WORDS, GongbaoAnalyzers.words()));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < SENTENCES.length; i++) {
        Document doc = new Document();
        doc.add(new StringField("n", Integer.toString(i), Field.Store.YES));
        doc.add(new TextField(CHARS, SENTENCES[i], Field.Store.NO));
        doc.add(new TextField(WORDS, SENTENCES[i], Field.Store.NO));
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
  void every_substring_of_letters_and_digits_finds_exactly_the_sentences_that_contain_it() throws IOException {
    for (String sentence : SENTENCES) {
      for (int start = 0; start < sentence.length(); start++) {
        for (int end = start + 1; end <= sentence.length() && end - start <= 12; end++) {
          String string = sentence.substring(start, end);
          if (string.codePoints().allMatch(Character::isLetterOrDigit)) {
            assertEquals(containing(string), found(phrases.phrase(CHARS, string)), "\"" + string + "\"");
          }
        }
      }
    }
  }

  @Test
  void every_substring_with_punctuation_still_finds_every_sentence_that_contains_it() throws IOException {
    for (String sentence : SENTENCES) {
      for (int start = 0; start < sentence.length(); start++) {
        for (int end = start + 1; end <= sentence.length() && end - start <= 12; end++) {
          String string = sentence.substring(start, end);
          if (string.codePoints().anyMatch(Character::isLetterOrDigit)) {
            List<Integer> found = found(phrases.phrase(CHARS, string));
            assertTrue(found.containsAll(containing(string)), "\"" + string + "\" found only " + found);
          }
        }
      }
    }
  }

  @Test
  void a_single_character_is_found_on_its_own() throws IOException {
    assertEquals(List.of(1), found(phrases.phrase(CHARS, "荐")));
    assertEquals(List.of(0, 1), found(phrases.phrase(CHARS, "模")));
  }

  @Test
  void a_single_character_gathers_the_terms_it_starts_into_one_set_of_documents() {
    MultiTermQuery query = (MultiTermQuery) phrases.phrase(CHARS, "工");
    assertEquals(MultiTermQuery.CONSTANT_SCORE_REWRITE, query.getRewriteMethod());
  }

  @Test
  void a_lone_character_at_the_edge_of_the_string_is_found_inside_a_longer_run_of_the_text() throws IOException {
    // 出资24万元: 资 ends its run, 万 starts one
    assertEquals(List.of(3), found(phrases.phrase(CHARS, "资24")));
    assertEquals(List.of(3), found(phrases.phrase(CHARS, "4万")));
    assertEquals(List.of(3), found(phrases.phrase(CHARS, "资24万")));
    assertEquals(List.of(), found(phrases.phrase(CHARS, "资25万")));
  }

  @Test
  void a_lone_character_beside_a_space_is_found_where_the_text_joins_it_too() throws IOException {
    // 劳模 is inside a run in sentence 0 (开展劳模工匠), where no unigram of 劳 is indexed
    assertEquals(List.of(0, 1), found(phrases.phrase(CHARS, "劳 模")));
    assertEquals(List.of(4), found(phrases.phrase(CHARS, "习 近平")));
    assertEquals(List.of(4), found(phrases.phrase(CHARS, "习近 平")));
    assertEquals(List.of(0), found(phrases.phrase(CHARS, "总工会开 展")));
  }

  @Test
  void a_string_split_by_punctuation_in_the_text_is_not_an_exact_match() throws IOException {
    assertEquals(List.of(0), found(phrases.phrase(CHARS, "劳模工匠")));
  }

  @Test
  void a_traditional_spelling_finds_the_simplified_text_and_back() throws IOException {
    assertEquals(List.of(2), found(phrases.phrase(CHARS, "这一工会")));
    assertEquals(List.of(0), found(phrases.phrase(CHARS, "總工會")));
  }

  @Test
  void a_fragment_the_segmenter_cuts_differently_misses_on_words_but_not_on_characters() throws IOException {
    assertEquals(List.of(), found(new PhraseQuery(WORDS, "近", "平", "会见")));
    assertEquals(List.of(4), found(phrases.phrase(CHARS, "近平会见")));
  }

  private static List<Integer> containing(String string) {
    String normalized = TextNormalizer.normalize(string);
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < SENTENCES.length; i++) {
      if (TextNormalizer.normalize(SENTENCES[i]).contains(normalized)) {
        matches.add(i);
      }
    }
    return matches;
  }

  private List<Integer> found(Query query) throws IOException {
    List<Integer> matches = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 100, new Sort(SortField.FIELD_DOC)).scoreDocs) {
      matches.add(Integer.parseInt(searcher.storedFields().document(hit.doc).get("n")));
    }
    return matches;
  }
}
