package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatRemoverTest {

  private static ArticleDraft draft(String... paragraphs) {
    ArticleDraft draft = new ArticleDraft(0, 0);
    for (String paragraph : paragraphs) {
      draft.parts.add(new ArticleDraft.Part(paragraph, false));
    }
    return draft;
  }

  @Test
  void fragment_reprinted_inside_a_longer_paragraph_elsewhere_is_removed() {
    ArticleDraft first = draft("江山市成立联合工会。", "老师立即行动起来,试讲后越讲越好,直播效果不错。");
    ArticleDraft second = draft("学院开设直播课。学生主播很受欢迎。老师立即行动起来,试讲后越讲越好,直播效果不错。");
    assertEquals(1, RepeatRemover.removeRepeats(List.of(first, second)));
    assertEquals(1, first.parts.size());
    assertEquals(1, second.parts.size());
  }

  @Test
  void exact_repeat_keeps_the_first_copy() {
    ArticleDraft article = draft("职工书屋今年新增二十家。", "书屋配备图书五万册,全部免费借阅。", "书屋配备图书五万册,全部免费借阅。");
    assertEquals(1, RepeatRemover.removeRepeats(List.of(article)));
    assertEquals(2, article.parts.size());
  }

  @Test
  void paragraphs_printed_twice_in_turn_go_but_a_line_two_reports_share_stays() {
    ArticleDraft fragments = draft("驿站今年新增二十家,覆盖全市主要商圈。", "骑手老马每天在驿站歇脚,喝上一杯热水。",
        "驿站今年新增二十家,覆盖全市主要商圈。", "骑手老马每天在驿站歇脚,喝上一杯热水。");
    assertEquals(2, RepeatRemover.removeRepeats(List.of(fragments)));
    assertEquals(2, fragments.parts.size());
    ArticleDraft first = draft("市总工会主席会见全国劳模代表。", "市总工会有关负责同志参加会见。");
    ArticleDraft second = draft("市总工会主席会见外地工会考察团。", "考察团参观了职工服务中心。", "市总工会有关负责同志参加会见。");
    assertEquals(0, RepeatRemover.removeRepeats(List.of(first, second)));
  }

  @Test
  void the_same_closing_note_under_two_articles_stays_but_twice_in_one_goes() {
    ArticleDraft first = draft("驿站今年新增二十家。", "（摘自在全市职工服务工作会议上的讲话）");
    ArticleDraft second = draft("书屋配备图书五万册。", "（摘自在全市职工服务工作会议上的讲话）", "（摘自在全市职工服务工作会议上的讲话）");
    assertEquals(1, RepeatRemover.removeRepeats(List.of(first, second)));
    assertEquals(2, first.parts.size());
    assertEquals(2, second.parts.size());
  }

  @Test
  void a_paragraph_repeating_the_reading_tip_box_goes() {
    ArticleDraft article = draft("夜校开到园区门口，课程按职工需求设置。", "去年以来，夜校开设十二门课程。");
    article.readingTip = "夜校开到园区门口，课程按职工需求设置。";
    assertEquals(1, RepeatRemover.removeRepeats(List.of(article)));
    assertEquals(1, article.parts.size());
  }

  @Test
  void a_subhead_or_closing_note_printed_twice_in_a_row_goes_but_a_subhead_repeated_later_stays() {
    ArticleDraft article = draft("驿站今年新增二十家。");
    article.parts.add(new ArticleDraft.Part("暖心驿站", true));
    article.parts.add(new ArticleDraft.Part("暖心驿站", true));
    article.parts.add(new ArticleDraft.Part("骑手老马每天在驿站歇脚。", false));
    article.parts.add(new ArticleDraft.Part("暖心驿站", true));
    article.authorNotes.addAll(List.of("（作者为市总工会干部）", "（作者为市总工会干部）"));
    assertEquals(2, RepeatRemover.removeRepeats(List.of(article)));
    assertEquals(List.of("驿站今年新增二十家。", "暖心驿站", "骑手老马每天在驿站歇脚。", "暖心驿站"),
        article.parts.stream().map(ArticleDraft.Part::text).toList());
    assertEquals(List.of("（作者为市总工会干部）"), article.authorNotes);
  }

  @Test
  void a_letter_paragraph_quoted_further_down_by_the_report_on_it_stays() {
    ArticleDraft article = draft("值此市总工会成立七十周年之际，向全市职工致以诚挚问候。", "七十年来，工会始终同职工心连心，为城市发展作出重要贡献。",
        "希望广大职工再接再厉，再创佳绩。", "市委书记在贺信中指出，七十年来，工会始终同职工心连心，为城市发展作出重要贡献。");
    assertEquals(0, RepeatRemover.removeRepeats(List.of(article)));
    assertEquals(4, article.parts.size());
    assertEquals("七十年来，工会始终同职工心连心，为城市发展作出重要贡献。", article.parts.get(1).text());
  }

  @Test
  void a_caption_printed_twice_in_a_row_goes() {
    ArticleDraft article = draft("驿站今年新增二十家。");
    article.captions.addAll(List.of("图①：骑手在驿站歇脚。", "图①：骑手在驿站歇脚。", "图②：驿站里的药箱。"));
    assertEquals(1, RepeatRemover.removeRepeats(List.of(article)));
    assertEquals(List.of("图①：骑手在驿站歇脚。", "图②：驿站里的药箱。"), article.captions);
  }

  @Test
  void short_lines_are_not_taken_for_repeats() {
    ArticleDraft article = draft("好。", "好。");
    assertEquals(0, RepeatRemover.removeRepeats(List.of(article)));
  }

  @Test
  void pull_quote_over_a_section_stays_but_the_halves_of_a_cut_paragraph_printed_again_beside_it_go() {
    ArticleDraft article = draft("“有了驿站，冬天再也不怕冷了！”", "骑手老马每天在驿站歇脚。", "驿站还备有药箱和充电宝。",
        "说起驿站，老马很满意。“有了驿站，冬天再也不怕冷了！”他笑着说。");
    assertEquals(0, RepeatRemover.removeRepeats(List.of(article)));
    ArticleDraft cut = draft("驿站开在商圈中心。", "骑手老马每天在驿站歇脚，", "喝一碗热汤、充好电再出发去送餐。",
        "骑手老马每天在驿站歇脚，喝一碗热汤、充好电再出发去送餐。");
    assertEquals(2, RepeatRemover.removeRepeats(List.of(cut)));
    assertEquals(List.of("驿站开在商圈中心。", "骑手老马每天在驿站歇脚，喝一碗热汤、充好电再出发去送餐。"),
        cut.parts.stream().map(ArticleDraft.Part::text).toList());
  }

  @Test
  void a_paragraph_of_a_speech_quoted_by_the_report_above_it_stays() {
    ArticleDraft report = draft("市总工会召开全委会议，主席作了讲话。要把职工冷暖放在心上，办好十件实事。会议还研究了其他事项。");
    ArticleDraft speech = draft("同志们：", "要把职工冷暖放在心上，办好十件实事。", "谢谢大家。");
    assertEquals(0, RepeatRemover.removeRepeats(List.of(report, speech)));
    assertEquals(3, speech.parts.size());
  }
}
