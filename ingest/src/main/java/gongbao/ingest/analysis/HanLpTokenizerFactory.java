package gongbao.ingest.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Loads {@link HanLpTokenizer} by name through Lucene's analysis SPI, as Solr or OpenSearch would:
 * {@code <tokenizer name="gongbaoHanlp"/>}. Takes no parameters; the union dictionary is always on.
 */
public final class HanLpTokenizerFactory extends TokenizerFactory {

  /** SPI name. */
  public static final String NAME = "gongbaoHanlp";

  public HanLpTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** Required by the SPI loader; use {@link #HanLpTokenizerFactory(Map)}. */
  public HanLpTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public HanLpTokenizer create(AttributeFactory factory) {
    return new HanLpTokenizer(factory, Vocabulary.WITH_UNION_DICTIONARY);
  }
}
