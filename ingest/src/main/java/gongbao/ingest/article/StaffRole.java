package gongbao.ingest.article;

import org.jspecify.annotations.Nullable;

/** The role a name is credited in. */
enum StaffRole {
  REPORTER,
  CORRESPONDENT,
  PHOTOGRAPHER,
  AUTHOR;

  /** The role a credit word names ({@code 本报记者}, {@code 通讯员} …), or null if it names none. */
  static @Nullable StaffRole ofWord(String word) {
    if (word.endsWith("通讯员")) {
      return CORRESPONDENT;
    }
    if (word.endsWith("记者") || word.endsWith("实习生")) {
      return REPORTER;
    }
    return null;
  }
}
