package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.search.BadRequestException;
import org.junit.jupiter.api.Test;

class PercentEscapesTest {

  @Test
  void well_formed_escapes_and_plain_text_pass() {
    assertDoesNotThrow(() -> PercentEscapes.check("q=%E5%B7%A5%e4%bc%9a&size=10"));
    assertDoesNotThrow(() -> PercentEscapes.check("q=plain+text"));
    assertDoesNotThrow(() -> PercentEscapes.check(null));
  }

  @Test
  void a_percent_sign_without_two_hexadecimal_digits_is_named() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> PercentEscapes.check("q=%zz%E5"));
    assertTrue(e.getMessage().contains("'%zz' at character 3"), e.getMessage());
    assertThrows(BadRequestException.class, () -> PercentEscapes.check("q=100%"));
    assertThrows(BadRequestException.class, () -> PercentEscapes.check("q=%E"));
  }

  @Test
  void escapes_that_are_not_utf8_are_named() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> PercentEscapes.check("q=%E5%8A%B3%E6%A8"));
    assertTrue(e.getMessage().contains("'%E5%8A%B3%E6%A8' at character 3 are not UTF-8"), e.getMessage());
    assertThrows(BadRequestException.class, () -> PercentEscapes.check("size=10&q=%FF"));
    assertDoesNotThrow(() -> PercentEscapes.check("q=%E5%8A%B3&region=%E6%B5%99"));
  }
}
