package gongbao.ingest.page;

import gongbao.ingest.IngestException;

/** A file that cannot be read as a page at all: empty, binary, or of an unknown type. */
public class PageFormatException extends IngestException {

  public PageFormatException(String message) {
    super(message);
  }
}
