package gongbao.search;

/** A request parameter that is missing, malformed or out of range. */
public class BadRequestException extends SearchException {

  public BadRequestException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "bad_request";
  }
}
