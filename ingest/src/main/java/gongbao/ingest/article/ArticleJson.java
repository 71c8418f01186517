package gongbao.ingest.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/** The one JSON mapping of the article model, shared by {@code extract}, the index and the API. */
public final class ArticleJson {

  private ArticleJson() {}

  /** A mapper configured for the article model: ISO dates, nulls left out. */
  public static ObjectMapper newMapper() {
    return new ObjectMapper()
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
