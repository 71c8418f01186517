package gongbao.ingest.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The analyzers of the index: HanLP words and CJK characters, and their version. */
public final class GongbaoAnalyzers {

  /**
   * Changes whenever analysis would produce different tokens for the same text: the analysis code
   * ({@code analysis-N}) and the union dictionary's own version. Stored in the index; a mismatch means
   * the index must be rebuilt ({@code gongbao.ingest.index.AnalyzerVersionCheck}).
   */
  public static final String VERSION =
      "gongbao-analysis-4+union-dictionary-" + UnionDictionary.bundled().version();

  private GongbaoAnalyzers() {}

  /** HanLP word tokens with the union dictionary. */
  public static Analyzer words() {
    return words(Vocabulary.WITH_UNION_DICTIONARY);
  }

  /** HanLP word tokens with the given vocabulary (the other one is for measurements). */
  public static Analyzer words(Vocabulary vocabulary) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanLpTokenizer(vocabulary));
      }
    };
  }

  /**
   * The index words of a text segmented already (by {@link WordSegmenter}, during extraction): the same
   * tokens as {@link #words()} gives for {@code segmented.text()}, without segmenting it again.
   */
  public static TokenStream words(SegmentedText segmented) {
    return new SegmentedTokenStream(
        new IndexWords(Vocabulary.WITH_UNION_DICTIONARY).of(segmented), segmented.text().length());
  }

  /**
   * Bigrams of neighbouring Han characters plus unigrams at the edges of each Han run; letters and
   * digits one per token (see {@link CharacterTokenizer}). Any string of the text, one character
   * included, is found exactly by {@link CharacterPhrases}.
   */
  public static Analyzer characters() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new CharacterTokenizer());
      }
    };
  }

  /**
   * The index analyzer: the given fields get their analyzer, everything else is a keyword.
   */
  public static Analyzer perField(Map<String, Analyzer> fieldAnalyzers) {
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fieldAnalyzers);
  }

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  public static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
