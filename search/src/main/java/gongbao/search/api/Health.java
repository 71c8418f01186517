package gongbao.search.api;

/** The liveness answer: {@code {"status": "ok"}}. */
public record Health(String status) {

  public static final Health OK = new Health("ok");
}
