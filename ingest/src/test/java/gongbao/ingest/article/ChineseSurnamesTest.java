package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChineseSurnamesTest {

  @Test
  void common_single_and_double_family_names_open_a_name() {
    assertTrue(ChineseSurnames.startsWithSurname("王伟"));
    assertTrue(ChineseSurnames.startsWithSurname("欧阳修"));
    assertTrue(ChineseSurnames.startsWithSurname("司马光"));
  }

  @Test
  void words_that_open_short_headlines_are_not_family_names() {
    assertFalse(ChineseSurnames.startsWithSurname("戏雪"));
    assertFalse(ChineseSurnames.startsWithSurname("新书架"));
    assertFalse(ChineseSurnames.startsWithSurname("国台办"));
    assertFalse(ChineseSurnames.startsWithSurname(""));
  }
}
