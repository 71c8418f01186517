package gongbao.ingest.extract.union;

/** The levels of union organisation, as written in {@code UnionMention.level}. */
enum UnionLevel {
  NATIONAL("national"),
  PROVINCIAL("provincial"),
  CITY("city"),
  COUNTY("county"),
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
