package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineGrouperTest {

  @Test
  void single_line_is_the_title() {
    assertEquals(new HeadlineGroup(List.of(), null, "驿站里的生日会", null), HeadlineGrouper.group(List.of("驿站里的生日会"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void news_line_under_a_title_is_the_subtitle() {
    assertEquals(new HeadlineGroup(List.of(), null, "县总工会开展宣讲活动", "12名劳模组成宣讲团走进一线"),
        HeadlineGrouper.group(List.of("县总工会开展宣讲活动", "12名劳模组成宣讲团走进一线"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void slogan_above_a_news_line_is_the_kicker() {
    assertEquals(new HeadlineGroup(List.of(), "礼赞劳动者 传承劳动美", "市工会启动系列活动", null),
        HeadlineGrouper.group(List.of("礼赞劳动者 传承劳动美", "市工会启动系列活动"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void a_name_over_a_slogan_is_kicker_and_title_even_over_a_text_with_subheads() {
    assertEquals(new HeadlineGroup(List.of(), "钢城工会", "技能比武忙 匠心传后人", null),
        HeadlineGrouper.group(List.of("钢城工会", "技能比武忙 匠心传后人"), new HeadlineGrouper.TextBelow(false, false, 1)));
  }

  @Test
  void two_clause_line_above_a_title_is_the_kicker() {
    assertEquals(new HeadlineGroup(List.of(), "全力推进,突出加强驿站建设", "某区推出十项举措", null),
        HeadlineGrouper.group(List.of("全力推进,突出加强驿站建设", "某区推出十项举措"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void dashed_subtitle_follows_the_title() {
    assertEquals(new HeadlineGroup(List.of(), null, "同心协力", "——访某地劳模"),
        HeadlineGrouper.group(List.of("同心协力", "——访某地劳模"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void label_and_anything_above_it_are_columns() {
    assertEquals(new HeadlineGroup(List.of("谱写新篇章 书写新答卷", "图说新闻"), null, "某县深化产改", null),
        HeadlineGrouper.group(List.of("谱写新篇章 书写新答卷", "图说新闻", "某县深化产改"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void leading_slogan_of_three_lines_is_the_page_banner() {
    assertEquals(new HeadlineGroup(List.of("弘扬劳模精神 培育大国工匠"), null, "区总工会开展宣讲", "劳模走进车间"),
        HeadlineGrouper.group(List.of("弘扬劳模精神 培育大国工匠", "区总工会开展宣讲", "劳模走进车间"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void slogan_under_a_dashed_kicker_and_title_is_a_series_tag() {
    assertEquals(new HeadlineGroup(List.of("强基层增活力 工会建设在行动"), "某县总工会锚定目标——", "三部曲赋能基层工会", null),
        HeadlineGrouper.group(List.of("某县总工会锚定目标——", "三部曲赋能基层工会", "强基层增活力 工会建设在行动"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void column_name_over_an_item_and_its_author_is_the_title_and_the_item_heads_the_text() {
    assertEquals(new HeadlineGroup(List.of(), null, "来论", null, List.of("驿站暖心更要长效", "北京朝阳 马力")),
        HeadlineGrouper.group(List.of("来论", "驿站暖心更要长效", "北京朝阳 马力"), HeadlineGrouper.TextBelow.PLAIN));
    assertEquals(new HeadlineGroup(List.of(), "王东强调", "把服务职工落到实处", "全总召开书记处会议"),
        HeadlineGrouper.group(List.of("王东强调", "把服务职工落到实处", "全总召开书记处会议"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void line_under_a_title_with_its_column_in_brackets_is_its_subtitle_over_a_reading_tip_box() {
    List<String> blocks = List.of("驿站暖了骑手心（走基层）", "全市建成户外劳动者驿站三百余家");
    assertEquals(new HeadlineGroup(List.of(), null, "驿站暖了骑手心（走基层）", "全市建成户外劳动者驿站三百余家"),
        HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(false, true, 0)));
    assertEquals(new HeadlineGroup(List.of(), null, "驿站暖了骑手心（走基层）", null, List.of("全市建成户外劳动者驿站三百余家")),
        HeadlineGrouper.group(blocks, HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void a_line_repeating_the_one_above_it_is_a_document_s_title_printed_again_over_its_text() {
    assertEquals(new HeadlineGroup(List.of(), null, "市总工会印发", "关于加强职工书屋建设的意见", List.of("关于加强职工书屋建设的意见")),
        HeadlineGrouper.group(List.of("市总工会印发", "关于加强职工书屋建设的意见", "关于加强职工书屋建设的意见"),
            HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void line_ending_with_a_colon_over_a_title_is_its_kicker() {
    assertEquals(new HeadlineGroup(List.of(), "市总工会：", "今年新建职工书屋一百家", null),
        HeadlineGrouper.group(List.of("市总工会：", "今年新建职工书屋一百家"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void lines_opening_with_a_square_or_a_dot_head_the_text_but_a_marked_dashed_kicker_stays() {
    assertEquals(new HeadlineGroup(List.of(), "港口吞吐量五年翻番——", "远洋航线连起两岸工友", null, List.of("■通过海运，更多商品走进当地")),
        HeadlineGrouper.group(List.of("港口吞吐量五年翻番——", "远洋航线连起两岸工友", "■通过海运，更多商品走进当地"),
            HeadlineGrouper.TextBelow.PLAIN));
    // the points under a title with its column in brackets: read as a headline, they pushed the title into the columns
    assertEquals(new HeadlineGroup(List.of(), null, "工会帮扶资金精准到户（权威发布）", null,
            List.of("●全年筹集帮扶资金十二亿元", "●困难职工建档立卡全覆盖", "●送温暖活动惠及百万职工")),
        HeadlineGrouper.group(List.of("工会帮扶资金精准到户（权威发布）", "●全年筹集帮扶资金十二亿元", "●困难职工建档立卡全覆盖",
            "●送温暖活动惠及百万职工"), new HeadlineGrouper.TextBelow(true, false, 0)));
    assertEquals(new HeadlineGroup(List.of(), "■ 某市总工会驿站站长——", "冬夜里的一碗热汤", null),
        HeadlineGrouper.group(List.of("■ 某市总工会驿站站长——", "冬夜里的一碗热汤"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void line_under_a_title_with_its_column_in_brackets_heads_the_text_unless_a_dateline_follows() {
    List<String> blocks = List.of("驿站暖了骑手心（走基层）", "一碗热汤");
    assertEquals(new HeadlineGroup(List.of(), null, "驿站暖了骑手心（走基层）", null, List.of("一碗热汤")),
        HeadlineGrouper.group(blocks, HeadlineGrouper.TextBelow.PLAIN));
    assertEquals(new HeadlineGroup(List.of(), null, "驿站暖了骑手心（走基层）", "一碗热汤"), HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(true, false, 0)));
    assertEquals(new HeadlineGroup(List.of(), null, "驿站暖了骑手心（走基层）", null, List.of("一碗热汤", "十年坚守")),
        HeadlineGrouper.group(List.of("驿站暖了骑手心（走基层）", "一碗热汤", "十年坚守"), HeadlineGrouper.TextBelow.PLAIN));
    assertEquals(new HeadlineGroup(List.of(), null, "驿站暖了骑手心（走基层）", "——记某区总工会户外劳动者驿站"),
        HeadlineGrouper.group(List.of("驿站暖了骑手心（走基层）", "——记某区总工会户外劳动者驿站"), HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void column_name_over_one_line_gives_it_to_the_text_unless_a_dateline_opens_the_text_without_items() {
    List<String> blocks = List.of("微阅读", "某市职工书屋突破百家");
    HeadlineGroup givenToText = new HeadlineGroup(List.of(), null, "微阅读", null, List.of("某市职工书屋突破百家"));
    assertEquals(givenToText, HeadlineGrouper.group(blocks, HeadlineGrouper.TextBelow.PLAIN));
    assertEquals(givenToText, HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(true, false, 1)));
    assertEquals(new HeadlineGroup(List.of(), null, "微阅读", "某市职工书屋突破百家"),
        HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(true, false, 0)));
    // a place printed with a space is a kicker: the pair stays a headline
    assertEquals(new HeadlineGroup(List.of(), null, "四 川", "春耕物资配到位"),
        HeadlineGrouper.group(List.of("四 川", "春耕物资配到位"), HeadlineGrouper.TextBelow.PLAIN));
    // and a name over a title with its column in brackets is its kicker, even over items
    HeadlineGroup kickerAndTitle = new HeadlineGroup(List.of(), "台北松山", "零距离看飞机（宝岛纪行）", null);
    assertEquals(kickerAndTitle, HeadlineGrouper.group(List.of("台北松山", "零距离看飞机（宝岛纪行）"), HeadlineGrouper.TextBelow.PLAIN));
    assertEquals(kickerAndTitle,
        HeadlineGrouper.group(List.of("台北松山", "零距离看飞机（宝岛纪行）"), new HeadlineGrouper.TextBelow(false, false, 2)));
    // and so is a name opening with a province's, even over items
    assertEquals(new HeadlineGroup(List.of(), null, "浙江安吉", "职工书屋开进竹林车间"),
        HeadlineGrouper.group(List.of("浙江安吉", "职工书屋开进竹林车间"), new HeadlineGrouper.TextBelow(false, false, 2)));
  }

  @Test
  void three_lines_over_items_under_subheads_are_a_title_and_the_first_item_s_headline() {
    List<String> blocks = List.of("驿站里的冬天", "一碗热汤", "骑手歇脚有了好去处");
    HeadlineGrouper.TextBelow items = new HeadlineGrouper.TextBelow(false, false, 1);
    assertEquals(new HeadlineGroup(List.of(), null, "驿站里的冬天", null, List.of("一碗热汤", "骑手歇脚有了好去处")),
        HeadlineGrouper.group(blocks, items));
    assertEquals(new HeadlineGroup(List.of(), "驿站里的冬天", "一碗热汤", "骑手歇脚有了好去处"),
        HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(true, false, 1)));
    assertEquals(new HeadlineGroup(List.of(), "驿站里的冬天", "一碗热汤", "骑手歇脚有了好去处"),
        HeadlineGrouper.group(blocks, HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void short_plain_name_over_a_plain_line_gives_it_to_a_text_of_three_or_more_subheads() {
    List<String> blocks = List.of("工运岁月回眸", "第一次劳动大会");
    assertEquals(new HeadlineGroup(List.of(), null, "工运岁月回眸", null, List.of("第一次劳动大会")),
        HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(false, false, 3)));
    assertEquals(new HeadlineGroup(List.of(), null, "工运岁月回眸", "第一次劳动大会"),
        HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(false, false, 2)));
    assertEquals(new HeadlineGroup(List.of(), null, "工运岁月回眸", "第一次劳动大会"),
        HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(true, false, 3)));
    assertEquals(new HeadlineGroup(List.of(), null, "工运岁月回眸", "第一次劳动大会，开在广州"),
        HeadlineGrouper.group(List.of("工运岁月回眸", "第一次劳动大会，开在广州"), new HeadlineGrouper.TextBelow(false, false, 3)));
  }

  @Test
  void column_label_over_a_headline_and_items_under_subheads_is_the_compilation_s_title() {
    List<String> blocks = List.of("工会速递", "某市职工书屋突破百家");
    assertEquals(new HeadlineGroup(List.of(), null, "工会速递", null, List.of("某市职工书屋突破百家")),
        HeadlineGrouper.group(blocks, new HeadlineGrouper.TextBelow(true, false, 1)));
    assertEquals(new HeadlineGroup(List.of("工会速递"), null, "某市职工书屋突破百家", null),
        HeadlineGrouper.group(blocks, HeadlineGrouper.TextBelow.PLAIN));
  }

  @Test
  void dashed_kicker_over_a_title_with_its_column_in_brackets_gives_the_lines_below_to_the_text() {
    List<String> blocks = List.of("三名工会干部忙在服务一线——", "守住驿站，苦点累点也值（关爱户外劳动者②）", "某街道工会主席马力",
        "“骑手的事就是我的事”");
    assertEquals(new HeadlineGroup(List.of(), "三名工会干部忙在服务一线——", "守住驿站，苦点累点也值（关爱户外劳动者②）", null,
        List.of("某街道工会主席马力", "“骑手的事就是我的事”")), HeadlineGrouper.group(blocks, HeadlineGrouper.TextBelow.PLAIN));
  }
}
