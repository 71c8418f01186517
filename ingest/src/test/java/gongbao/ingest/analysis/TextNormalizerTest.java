package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void stray_traditional_characters_become_simplified() {
    assertEquals("外卖配送员这一工会的服务对象", TextNormalizer.normalize("外卖配送员这一工會的服务对象"));
    assertEquals("中华全国总工会", TextNormalizer.normalize("中華全國總工會"));
  }

  @Test
  void normalised_text_normalises_to_itself() {
    assertEquals("苎", TextNormalizer.normalize("薴")); // 薴 → 苧 → 苎 in the table
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char once = TextNormalizer.normalize((char) c);
      assertEquals(once, TextNormalizer.normalize(once), () -> "U+" + Integer.toHexString(once));
    }
  }

  @Test
  void characters_that_are_also_simplified_are_kept() {
    // 乾 (钱德乾 in seed 000), 於 and 後 are in GB 2312, so they can be right in simplified text
    assertEquals("钱德乾於後", TextNormalizer.normalize("钱德乾於後"));
  }

  @Test
  void full_width_ascii_and_the_ideographic_space_become_half_width_lower_case() {
    assertEquals("2022年 app", TextNormalizer.normalize("２０２２年\u3000ＡＰＰ"));
  }

  @Test
  void every_character_maps_to_exactly_one_character() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertEquals(1, TextNormalizer.normalize(one).length());
    }
    assertTrue(TraditionalToSimplified.size() > 2500, "table has " + TraditionalToSimplified.size());
  }
}
