package gongbao.ingest.page;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A publication, as described by {@code corpus/<paper-id>/paper.json}.
 *
 * @param regionCode GB/T 2260 code of where it is published; null for national papers
 * @param union the publishing union, if known
 */
public record Paper(String id, String name, @Nullable String regionCode, @Nullable String union) {

  /** Stands for files whose publication is not known. */
  public static final Paper UNKNOWN = new Paper("unknown", "未知报刊", null, null);

  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "paper id '" + id + "' must be lower-case letters, digits and dashes");
    }
  }
}
