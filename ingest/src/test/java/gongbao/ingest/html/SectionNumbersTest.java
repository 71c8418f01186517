package gongbao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionNumbersTest {

  private static List<String> dropped(String... lines) {
    List<HtmlLines.Line> given =
        Arrays.stream(lines).map(text -> new HtmlLines.Line(text, 0, false, Set.of())).toList();
    return SectionNumbers.dropped(given).stream().map(HtmlLines.Line::text).toList();
  }

  @Test
  void lone_numbers_counting_the_sections_up_from_one_are_dropped() {
    assertEquals(List.of("夜校开学了。", "夜校开到家门口", "职工下班就来上课。", "证书拿到手", "结业可获证书。"),
        dropped("夜校开学了。", "1", "夜校开到家门口", "职工下班就来上课。", "2", "证书拿到手", "结业可获证书。"));
    assertEquals(List.of("夜校开学了。", "分流绕行", "避开施工区域"), dropped("夜校开学了。", "01", "分流绕行", "02", "避开施工区域"));
    assertEquals(List.of("甲", "乙", "丙", "丁"), dropped("一", "甲", "二", "乙", "三", "丙", "三", "丁"));
  }

  @Test
  void numbers_that_do_not_count_sections_stay_text() {
    List<String> answer = List.of("你选几号？", "3", "为什么？", "2", "因为便宜。");
    assertEquals(answer, dropped(answer.toArray(String[]::new)));
    List<String> one = List.of("夜校开学了。", "1", "夜校开到家门口");
    assertEquals(one, dropped(one.toArray(String[]::new)));
    List<String> column = List.of("名次", "1", "2", "3");
    assertEquals(column, dropped(column.toArray(String[]::new)));
  }
}
