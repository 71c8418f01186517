package gongbao.search;

/** No article has the requested id. */
public class ArticleNotFoundException extends SearchException {

  public ArticleNotFoundException(String id) {
    super("no article with id '" + id + "'");
  }

  @Override
  public String code() {
    return "not_found";
  }
}
