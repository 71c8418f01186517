package gongbao.ingest.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A region tied to an article.
 *
 * @param code GB/T 2260 code, e.g. {@code 330282}
 * @param path names from province down, e.g. {@code 浙江省/宁波市/慈溪市}
 */
public record RegionMention(String code, String path, Role role) {

  /** Why the region is attached: where the paper is published, the dateline, or the story itself. */
  public enum Role {
    ABOUT,
    DATELINE,
    PUBLISHED;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
