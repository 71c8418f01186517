package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.html.ArticleMarkup;
import gongbao.ingest.html.Credited;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.Paper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file that holds one article and states its headline (an HTML article page) gives that one article. */
class OneArticlePageTest {

  private static Article split(String text, ArticleMarkup markup) {
    List<Article> articles =
        new ArticleSplitter().split(new Page("a.html", Paper.UNKNOWN, null, false, "a", text, markup));
    assertEquals(1, articles.size(), text);
    return articles.get(0);
  }

  @Test
  void headline_like_lines_in_the_text_are_subheads_of_the_one_article() {
    String text = """
        本报讯 市总工会日前启动职工技能提升行动，全年计划培训职工一万人次。

        夜校开到家门口

        在城东工业园，职工下班后步行几分钟就能走进课堂。

        证书拿到手

        培训合格的职工可获得职业技能等级证书。
        """;
    Article article = split(text, new ArticleMarkup("聚焦技能提升——", "一万职工走进夜校", null));
    assertEquals("聚焦技能提升——", article.kicker());
    assertEquals("一万职工走进夜校", article.title());
    assertEquals(5, article.paragraphs().size());
    assertTrue(article.paragraphs().get(1).subhead());
    assertTrue(article.paragraphs().get(3).subhead());
    assertEquals("本报讯", article.dateline());
  }

  @Test
  void a_promotion_box_is_dropped_with_a_warning_and_the_markups_credits_are_the_bylines() {
    String text = """
        近日，区总工会为环卫工人送去清凉物资。

        扫一扫 关注区总工会公众号
        """;
    ArticleMarkup markup = new ArticleMarkup(null, "清凉送到一线", null, List.of("江城网记者 马原"),
        new Credited(List.of("马原"), List.of(), List.of(), List.of()));
    Article article = split(text, markup);
    assertEquals(1, article.paragraphs().size());
    assertEquals(List.of("马原"), article.byline().reporters());
    assertEquals(List.of("江城网记者 马原"), article.byline().lines());
    assertTrue(article.source().warnings().stream().anyMatch(w -> w.startsWith("contents or promotion box dropped")),
        article.source().warnings().toString());
  }

  @Test
  void a_page_of_only_a_promotion_box_and_no_headline_gives_no_article() {
    List<Article> articles = new ArticleSplitter().split(
        new Page("a.html", Paper.UNKNOWN, null, false, "a", "扫一扫 关注区总工会公众号\n", new ArticleMarkup(null, null, null)));
    assertEquals(List.of(), articles);
  }

  @Test
  void a_text_closed_by_a_signed_quotation_is_whole_and_one_paged_on_by_its_markup_is_truncated() {
    String text = "区总工会为一线职工送去清凉物资。\n\n“天再热，我们也要把路扫干净”。——汪小勇\n";
    ArticleMarkup markup = new ArticleMarkup(null, "清凉送到一线", null);
    assertFalse(split(text, markup).truncated());
    ArticleMarkup paged = new ArticleMarkup(null, "清凉送到一线", null, List.of(),
        new Credited(List.of(), List.of(), List.of(), List.of()), Map.of(), null, true);
    assertTrue(split(text, paged).truncated());
  }

  @Test
  void without_a_stated_title_the_title_comes_from_the_text() {
    Article article = split("区总工会为一线职工送去清凉物资，慰问环卫工人三百余名。\n", new ArticleMarkup(null, null, null));
    assertTrue(article.title().startsWith("区总工会为一线职工送去清凉物资"), article.title());
  }
}
