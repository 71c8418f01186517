package gongbao.ingest.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/** The one JSON mapping of the article model, shared by {@code extract}, the index and the API. */
public final class ArticleJson {

  private ArticleJson() {}

  /**
   * A mapper configured for the article model: ISO dates, nulls left out, and no limit on a string's length, since a
   * page of one 20 MB line is read as one paragraph and its stored article must read back (Jackson refuses strings of
   * more than 20 M characters by default).
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build();
    return new ObjectMapper(factory)
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  }

  private static final ObjectMapper MAPPER = newMapper();

  public static String write(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Article read(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
