package gongbao.search.query;

import gongbao.search.SearchException;

/** A query string that does not follow the query syntax; the message says what and where. */
public class QuerySyntaxException extends SearchException {

  public QuerySyntaxException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "bad_query";
  }
}
