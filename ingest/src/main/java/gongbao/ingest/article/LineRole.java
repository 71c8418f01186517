package gongbao.ingest.article;

/** What a line of page text is, judged from the line alone. */
enum LineRole {
  /** Short, without closing punctuation: a headline, column label, subhead or a cut-off fragment. */
  HEADING,
  /** Running text. */
  BODY,
  /** Names with or without credit words: {@code 本报记者 黄仕强}, {@code ■颜利亚}, {@code 郑青青 周永祥}. */
  STAFF,
  /** A photo credit: {@code 本报记者 窦菲涛 摄}. */
  CREDIT,
  /** {@code (作者系…)}. */
  AUTHOR_NOTE,
  /** The label {@code 阅读提示}: the next line is the box's text. */
  READING_TIP,
  /** A contents list or promo box: {@code 《工会信息》…要目}, {@code 扫一扫阅读…}. */
  TOC
}
