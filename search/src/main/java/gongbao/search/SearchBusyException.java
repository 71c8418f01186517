package gongbao.search;

/** The server had too much work in hand to start this request in time; retrying later helps. */
public class SearchBusyException extends SearchException {

  public SearchBusyException(long waitedMillis) {
    super("the server is busy: the request waited " + waitedMillis + " ms for its turn; try again shortly");
  }

  @Override
  public String code() {
    return "busy";
  }
}
