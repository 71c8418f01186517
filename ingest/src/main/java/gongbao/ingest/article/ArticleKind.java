package gongbao.ingest.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What sort of item an article is. {@code TOC} covers contents lists, adverts and promo boxes. */
public enum ArticleKind {
  NEWS,
  PHOTO,
  COMMENTARY,
  BRIEF,
  TOC;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case id used in JSON and in query parameters. */
  public static ArticleKind fromId(String id) {
    for (ArticleKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown article kind '" + id + "' (news, photo, commentary, brief, toc)");
  }
}
