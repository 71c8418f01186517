package gongbao.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decodes_utf8_and_drops_the_byte_order_mark() throws Exception {
    byte[] body = "工会驿站".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals("工会驿站", TextDecoder.decode(withBom));
    assertEquals("工会驿站", TextDecoder.decode(body));
  }

  @Test
  void detects_gbk_bytes_and_converts_them() throws Exception {
    byte[] gbk = "职工之家建设".getBytes(Charset.forName("GBK"));
    assertEquals("职工之家建设", TextDecoder.decode(gbk));
  }

  @Test
  void turns_crlf_and_lone_cr_into_newlines() throws Exception {
    assertEquals("甲\n乙\n丙", TextDecoder.decode("甲\r\n乙\r丙".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refuses_an_empty_file() {
    PageFormatException e = assertThrows(PageFormatException.class, () -> TextDecoder.decode(new byte[0]));
    assertEquals("empty file", e.getMessage());
  }

  @Test
  void refuses_binary_content() {
    byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14};
    assertThrows(PageFormatException.class, () -> TextDecoder.decode(binary));
  }

  @Test
  void refuses_bytes_that_are_neither_utf8_nor_gb18030() {
    byte[] invalid = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFF, 0x41};
    assertThrows(UnsupportedEncodingInputException.class, () -> TextDecoder.decode(invalid));
  }
}
