package gongbao.search;

/** The index folder holds no index: run {@code gongbao ingest} first. */
public class IndexMissingException extends SearchException {

  public IndexMissingException(String indexDir) {
    super("no index in " + indexDir + " (run 'gongbao ingest' first)");
  }

  @Override
  public String code() {
    return "no_index";
  }
}
