package gongbao.ingest;

/** Root of every failure the ingest module reports; subclasses name the cause. */
public class IngestException extends Exception {

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
