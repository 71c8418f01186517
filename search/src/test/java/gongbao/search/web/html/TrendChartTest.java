package gongbao.search.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrendChartTest {

  @Test
  void the_value_axis_ends_on_a_round_number_that_divides_into_whole_ticks() {
    assertEquals(4, TrendChart.niceCeiling(3, false));
    assertEquals(20, TrendChart.niceCeiling(12, false));
    assertEquals(100, TrendChart.niceCeiling(100, false));
    assertEquals(4, TrendChart.niceCeiling(0, false));
    assertEquals(0.25, TrendChart.niceCeiling(0.21, true), 1e-9);
  }

  @Test
  void counts_are_whole_numbers_and_shares_are_percentages() {
    assertEquals("12", TrendChart.format(12.0, false));
    assertEquals("37.5%", TrendChart.format(0.375, true));
  }
}
