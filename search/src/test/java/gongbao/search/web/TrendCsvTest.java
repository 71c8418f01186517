package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.search.api.TrendResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendCsvTest {

  @Test
  void a_trend_becomes_one_row_per_period_with_a_byte_order_mark() {
    TrendResponse trend = new TrendResponse("year", "union", "count", false, List.of("2023", "2024"),
        List.of(new TrendResponse.Series("慈溪市总工会", 3, List.of(1.0, 2.0)),
            new TrendResponse.Series("=HYPERLINK(\"x\"),工会", 1, List.of(0.0, 1.0))),
        0, List.of(10L, 20L));
    assertEquals("\uFEFFperiod,慈溪市总工会,\"'=HYPERLINK(\"\"x\"\"),工会\",all_articles\r\n"
        + "2023,1,0,10\r\n2024,2,1,20\r\n", TrendCsv.of(trend));
  }
}
