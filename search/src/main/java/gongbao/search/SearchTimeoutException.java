package gongbao.search;

/** A search that ran out of its time limit; narrowing the query or the filters helps. */
public class SearchTimeoutException extends SearchException {

  public SearchTimeoutException(long limitMillis) {
    super("the search took longer than " + limitMillis + " ms and was stopped; narrow the query or add filters");
  }

  @Override
  public String code() {
    return "timeout";
  }
}
