package gongbao.ingest.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a page file into text: UTF-8 with or without BOM, else GB18030 (a superset of
 * GBK and GB2312). Line endings become {@code \n}. Binary and empty input is refused.
 */
public final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  public static String decode(byte[] bytes) throws PageFormatException, UnsupportedEncodingInputException {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (bytes.length - start == 0) {
      throw new PageFormatException("empty file");
    }
    if (looksBinary(bytes, start)) {
      throw new PageFormatException("binary file (control bytes in the first " + SNIFF_BYTES + " bytes)");
    }
    String text;
    try {
      text = strictDecode(bytes, start, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      try {
        text = strictDecode(bytes, start, GB18030);
      } catch (CharacterCodingException notGb) {
        throw new UnsupportedEncodingInputException("neither valid UTF-8 nor GB18030");
      }
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean looksBinary(byte[] bytes, int start) {
    int end = Math.min(bytes.length, start + SNIFF_BYTES);
    int control = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 20 > end - start;
  }

  private static String strictDecode(byte[] bytes, int start, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }
}
