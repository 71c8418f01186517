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
  void periods_are_placed_by_their_dates_so_that_a_gap_shows() {
    double[] xs = TrendChart.positions(java.util.List.of("2019-01", "2019-02", "2020-01"));
    assertEquals(xs[1] - xs[0], (xs[2] - xs[0]) / 12, 1e-9);
    double[] years = TrendChart.positions(java.util.List.of("2019", "2020", "2024"));
    assertEquals(years[1] - years[0], (years[2] - years[0]) / 5, 1e-9);
  }

  @Test
  void counts_are_whole_numbers_and_shares_are_percentages() {
    assertEquals("12", TrendChart.format(12.0, false));
    assertEquals("37.5%", TrendChart.format(0.375, true));
  }
}
