package gongbao.search.query;

import gongbao.search.SearchException;

/**
 * A query string that does not follow the query syntax; the message says what and where, in English for the API and
 * in Chinese for the public pages.
 */
public class QuerySyntaxException extends SearchException {

  private final String chinese;

  public QuerySyntaxException(String message, String chinese) {
    super(message);
    this.chinese = chinese;
  }

  /** The problem told in Chinese, for a reader of the search page. */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return "bad_query";
  }
}
