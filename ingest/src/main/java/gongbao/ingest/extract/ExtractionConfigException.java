package gongbao.ingest.extract;

/** A data file of the extraction (gazetteer, aliases, taxonomy) is missing or malformed. */
public class ExtractionConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExtractionConfigException(String message) {
    super(message);
  }
}
