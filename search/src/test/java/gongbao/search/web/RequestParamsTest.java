package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gongbao.search.BadRequestException;
import org.junit.jupiter.api.Test;

class RequestParamsTest {

  private static String refusal(String value) {
    return assertThrows(BadRequestException.class, () -> RequestParams.integer("page", value, 1, 1, 100)).getMessage();
  }

  @Test
  void an_absent_or_blank_integer_is_the_fallback_and_a_valid_one_is_read() {
    assertEquals(7, RequestParams.integer("page", null, 7, 1, 100));
    assertEquals(7, RequestParams.integer("page", " ", 7, 1, 100));
    assertEquals(42, RequestParams.integer("page", " 42 ", 7, 1, 100));
  }

  @Test
  void digits_too_many_for_an_int_are_out_of_range_not_malformed() {
    assertEquals("parameter 'page' must be between 1 and 100, not 99999999999", refusal("99999999999"));
    assertEquals("parameter 'page' must be between 1 and 100, not -99999999999", refusal("-99999999999"));
    assertEquals("parameter 'page' must be between 1 and 100, not 101", refusal("101"));
  }

  @Test
  void what_is_not_a_whole_number_is_malformed() {
    assertEquals("parameter 'page' must be a whole number, not 'abc'", refusal("abc"));
    assertEquals("parameter 'page' must be a whole number, not '1.5'", refusal("1.5"));
    assertEquals("parameter 'page' must be a whole number, not '99999999999x'", refusal("99999999999x"));
  }
}
