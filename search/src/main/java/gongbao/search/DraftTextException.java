package gongbao.search;

/** A text to check that is too short or too long, said in English for the API and in Chinese for the page. */
public final class DraftTextException extends BadRequestException {

  private final String chinese;

  DraftTextException(String message, String chinese) {
    super(message);
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
