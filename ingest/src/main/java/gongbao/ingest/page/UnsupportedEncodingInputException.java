package gongbao.ingest.page;

import gongbao.ingest.IngestException;

/** Bytes that are neither UTF-8 nor GB18030. */
public class UnsupportedEncodingInputException extends IngestException {

  public UnsupportedEncodingInputException(String message) {
    super(message);
  }
}
