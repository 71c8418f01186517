package gongbao.ingest.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Loads {@link CharacterTokenizer}, which makes Gongbao's character field on its own, by name through
 * Lucene's analysis SPI: {@code <tokenizer name="gongbaoCharacter"/>}.
 */
public final class CharacterTokenizerFactory extends TokenizerFactory {

  /** SPI name. */
  public static final String NAME = "gongbaoCharacter";

  public CharacterTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** Required by the SPI loader; use {@link #CharacterTokenizerFactory(Map)}. */
  public CharacterTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public CharacterTokenizer create(AttributeFactory factory) {
    return new CharacterTokenizer(factory);
  }
}
