package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

  private static List<LineRole> roles(String page) {
    PageLayout layout = new PageLayout(PageLine.linesOf(page));
    return IntStream.range(0, layout.size()).mapToObj(layout::role).toList();
  }

  @Test
  void title_made_long_by_its_bracketed_column_is_a_headline_above_a_dash_subtitle() {
    assertEquals(List.of(LineRole.BODY, LineRole.HEADING, LineRole.HEADING, LineRole.BODY), roles("""
        本报讯(记者马力)近日,市总工会在车间里建起职工书屋。

        牢记嘱托勇为人先 改革创新砥砺奋进（在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章）

        ——上海落实习近平总书记全国两会重要讲话精神纪实

        上海着力打造政务服务“一网通办”品牌,90%事项实现“只跑一次、一次办成”。
        """));
  }

  @Test
  void paragraph_of_sentences_above_a_dash_line_stays_body() {
    assertEquals(LineRole.BODY, roles("""
        “幸福都是奋斗出来的。”总书记的话,大家记在心里。这是春节前夕他对乡亲们说的话（有删节）

        ——记者手记

        乡亲们说,日子越过越红火。
        """).get(0));
  }
}
