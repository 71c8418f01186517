package gongbao.ingest.analysis;

/** Which words the index makes of HanLP's segmentation. */
public enum Vocabulary {
  /** HanLP's words, with runs that spell a union-dictionary term joined into one: what Gongbao indexes with. */
  WITH_UNION_DICTIONARY,
  /** HanLP's words as they are: for measuring what the union dictionary changes. */
  HANLP_ONLY
}
