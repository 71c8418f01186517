package gongbao.ingest.extract.union;

/** The levels of union organisation, as written in {@code UnionMention.level}. */
enum UnionLevel {
  NATIONAL("national"),
  PROVINCIAL("provincial"),
  CITY("city"),
  COUNTY("county"),
  /** A town's, township's or street's federation (瓶窑镇总工会, 宁围街道总工会): the level below the county. */
  TOWNSHIP("township"),
  INDUSTRY("industry"),
  ENTERPRISE("enterprise"),
  FEDERATION("federation");

  private final String id;

  UnionLevel(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
