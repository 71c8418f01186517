package gongbao.ingest.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzers of the index: HanLP words and single characters, and their version. */
public final class GongbaoAnalyzers {

  /**
   * Changes whenever analysis would produce different tokens for the same text; stored in the index,
   * and a mismatch means the index must be rebuilt.
   */
  public static final String VERSION = "gongbao-analysis-1";

  private GongbaoAnalyzers() {}

  /** HanLP word tokens. */
  public static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanLpTokenizer());
      }
    };
  }

  /** Single-character tokens, for exact phrases. */
  public static Analyzer characters() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new CharacterTokenizer());
      }
    };
  }

  /**
   * The index analyzer: fields named {@code *_words} get {@link #words()}, {@code *_chars} get
   * {@link #characters()}, everything else is a keyword.
   */
  public static Analyzer perField(Map<String, Analyzer> fieldAnalyzers) {
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fieldAnalyzers);
  }
}
