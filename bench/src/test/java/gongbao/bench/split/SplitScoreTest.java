package gongbao.bench.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitScoreTest {

  private static final List<RebuiltPage.GoldArticle> ARTICLES = List.of(
      new RebuiltPage.GoldArticle("", "职工夜校开进工业园区", "",
          List.of("本报讯（记者马力）近日，市总工会在工业园区开办职工夜校。", "夜校每周开课三次，课程按职工需求设置。")),
      new RebuiltPage.GoldArticle("", "技能比武擂台开赛", "",
          List.of("本报讯（记者张楠）全市职工技能比武今天开赛，三百名选手参加。")));

  @Test
  void a_page_whose_every_line_is_in_some_article_loses_none() {
    RebuiltPage page = RebuiltPage.layOut("2019-02-02/01", ARTICLES, new Random(1), true);
    SplitScore score = new SplitScore();
    score.add(page, new ArticleSplitter().split(page.page()), 0);
    assertEquals(5, score.pageLines);
    assertEquals(0, score.lostLines);
  }

  @Test
  void the_lines_of_an_article_left_out_are_lost() {
    RebuiltPage page = RebuiltPage.layOut("2019-02-02/01", ARTICLES, new Random(1), true);
    List<Article> split = new ArticleSplitter().split(page.page());
    SplitScore score = new SplitScore();
    score.add(page, split.subList(0, 1), 10);
    assertEquals(2, score.lostLines);
    assertEquals("2019-02-02/01 line lost: 技能比武擂台开赛", score.examples.get(score.examples.size() - 2));
  }

  private static final List<RebuiltPage.GoldArticle> COMPILATION = List.of(
      new RebuiltPage.GoldArticle("", "工会速览", "",
          List.of("本期摘编各地工会近期的工作动态。",
              "职工夜校开进工业园区", "本报讯（记者马力）近日，市总工会在工业园区开办职工夜校。",
              "技能比武擂台开赛", "本报讯（记者张楠）全市职工技能比武今天开赛，三百名选手参加。")));

  @Test
  void a_compilation_cut_into_its_items_is_held_in_sections_not_exactly() {
    RebuiltPage page = RebuiltPage.layOut("2019-02-02/02", COMPILATION, new Random(1), true);
    List<Article> split = new ArticleSplitter().split(page.page());
    assertEquals(3, split.size());
    SplitScore score = new SplitScore();
    score.add(page, split, 0);
    assertEquals(0, score.heldExactly);
    assertEquals(1, score.heldInSections);
  }

  @Test
  void a_compilation_whose_last_item_is_lost_is_not_held_in_sections() {
    RebuiltPage page = RebuiltPage.layOut("2019-02-02/02", COMPILATION, new Random(1), true);
    List<Article> split = new ArticleSplitter().split(page.page());
    SplitScore score = new SplitScore();
    score.add(page, split.subList(0, 2), 0);
    assertEquals(0, score.heldInSections);
  }

  @Test
  void an_output_paragraph_holding_two_printed_paragraphs_is_counted_as_joined_across_blocks() {
    RebuiltPage page = RebuiltPage.layOut("2019-02-02/01", ARTICLES, new Random(1), true);
    RebuiltPage.GoldArticle first = ARTICLES.get(0);
    RebuiltPage joined = RebuiltPage.layOut("2019-02-02/01", List.of(new RebuiltPage.GoldArticle("", first.title(), "",
        List.of(String.join("", first.paragraphs()))), ARTICLES.get(1)), new Random(1), true);
    SplitScore apart = new SplitScore();
    apart.add(page, new ArticleSplitter().split(page.page()), 0);
    SplitScore together = new SplitScore();
    together.add(page, new ArticleSplitter().split(joined.page()), 10);
    assertEquals(0, apart.joinedApart);
    assertEquals(3, apart.outputParagraphs);
    assertEquals(1, together.joinedApart);
    assertEquals("2019-02-02/01 joined what the page printed apart: 区开办职工夜校。夜校每周开课三次", together.examples.get(0));
  }
}
