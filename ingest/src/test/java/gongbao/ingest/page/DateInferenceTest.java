package gongbao.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateInferenceTest {

  @Test
  void takes_the_latest_full_date_mentioned() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 3, 26)),
        DateInference.infer("2024年3月22日上午开幕。2023年12月1日起施行。2024年3月26日闭幕。"));
  }

  @Test
  void combines_the_latest_year_with_the_latest_month_and_day() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 10, 18)),
        DateInference.infer("9月24日~10月18日,开展2024年宣讲活动,2019年以来已举办多届。"));
  }

  @Test
  void skips_impossible_dates() {
    assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), DateInference.infer("2024年2月30日与2024年2月1日"));
  }

  @Test
  void finds_nothing_in_text_without_a_year() {
    assertEquals(Optional.empty(), DateInference.infer("近日,职工书屋开放。10月18日下午举行生日会。"));
  }
}
