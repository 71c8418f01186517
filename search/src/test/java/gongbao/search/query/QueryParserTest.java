package gongbao.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.search.query.QueryNode.And;
import gongbao.search.query.QueryNode.Fielded;
import gongbao.search.query.QueryNode.Not;
import gongbao.search.query.QueryNode.Or;
import gongbao.search.query.QueryNode.Phrase;
import gongbao.search.query.QueryNode.Word;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

  @Test
  void words_separated_by_spaces_are_all_required() {
    assertEquals(new And(List.of(new Word("劳模"), new Word("工匠"))), QueryParser.parse("劳模  工匠"));
  }

  @Test
  void quotes_make_a_phrase_and_chinese_quotation_marks_count_as_quotes() {
    assertEquals(new Phrase("工会驿站"), QueryParser.parse("\"工会驿站\""));
    assertEquals(new Phrase("工会驿站"), QueryParser.parse("“工会驿站”"));
  }

  @Test
  void minus_excludes_and_or_offers_alternatives() {
    assertEquals(
        new Or(List.of(new And(List.of(new Word("骑手"), new Not(new Word("外卖")))), new Word("快递员"))),
        QueryParser.parse("骑手 -外卖 OR 快递员"));
  }

  @Test
  void fields_take_a_word_a_phrase_or_a_group() {
    assertEquals(new Fielded(SearchField.TITLE, new Word("劳模")), QueryParser.parse("title:劳模"));
    assertEquals(new Fielded(SearchField.BYLINE, new Phrase("张 楠")), QueryParser.parse("byline:\"张 楠\""));
    assertEquals(
        new Fielded(SearchField.PAPER, new Or(List.of(new Word("grrb"), new Word("zjgrb")))),
        QueryParser.parse("paper:(grrb OR zjgrb)"));
  }

  @Test
  void full_width_brackets_and_colons_are_read_as_ascii() {
    assertEquals(new Fielded(SearchField.TITLE, new Word("劳模")), QueryParser.parse("title：（劳模）"));
  }

  @Test
  void a_pasted_title_keeps_its_own_quotation_marks_inside_a_phrase() {
    assertEquals(new Phrase("工会驿站成了户外劳动者的“歇脚点”"), QueryParser.parse("\"工会驿站成了户外劳动者的“歇脚点”\""));
    assertEquals(new Phrase("工会驿站成了“歇脚点”"), QueryParser.parse("“工会驿站成了“歇脚点””"));
  }

  @Test
  void a_full_width_bracket_inside_a_word_is_text_and_groups_where_a_term_starts() {
    assertEquals(new Word("条例（试行）》"), QueryParser.parse("条例（试行）》"));
    assertEquals(
        new And(List.of(new Or(List.of(new Word("劳模"), new Word("工匠"))), new Word("浙江"))),
        QueryParser.parse("（劳模 OR 工匠）浙江"));
  }

  @Test
  void a_word_of_punctuation_alone_is_left_out_unless_nothing_else_is_left() {
    assertEquals(new Word("中共中央印发"), QueryParser.parse("中共中央印发 》"));
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("》 ！"));
    assertTrue(e.getMessage().contains("has no letters or digits"), e.getMessage());
    assertTrue(e.chinese().contains("没有可检索的文字或数字"), e.chinese());
  }

  @Test
  void what_a_chinese_input_method_types_is_read_as_meant() {
    assertEquals(new Or(List.of(new Word("劳模"), new Word("驿站"))), QueryParser.parse("劳模 ＯＲ 驿站"));
    assertEquals(new Word("劳模"), QueryParser.parse("劳\u200B模"));
    assertEquals(new Fielded(SearchField.TITLE, new Word("劳模")), QueryParser.parse("TITLE:劳模"));
  }

  @Test
  void and_is_the_default_and_not_excludes() {
    assertEquals(new And(List.of(new Word("劳模"), new Word("驿站"))), QueryParser.parse("劳模 AND 驿站"));
    assertEquals(new And(List.of(new Word("劳模"), new Not(new Word("驿站")))), QueryParser.parse("劳模 NOT 驿站"));
    assertEquals(new And(List.of(new Word("劳模"), new Word("NOTE"))), QueryParser.parse("劳模 NOTE"));
  }

  @Test
  void a_lowercase_or_is_an_ordinary_word() {
    assertEquals(new And(List.of(new Word("a"), new Word("or"), new Word("b"))), QueryParser.parse("a or b"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|query is empty",
        "'   '|query is empty",
        "\"工会|unbalanced quote",
        "(劳模|unbalanced parenthesis",
        "劳模)|unexpected ')'",
        "()|empty parentheses",
        "OR 劳模|OR needs a clause on both sides",
        "劳模 OR|OR needs a clause on both sides",
        "(劳模 OR)|OR needs a clause on both sides",
        "paper:(grrb OR)|OR needs a clause on both sides",
        "(劳模 AND)|AND needs a clause on both sides",
        "（劳模 OR）|OR needs a clause on both sides",
        "-|'-' must be followed",
        "-劳模|a query cannot only exclude",
        "foo:bar|unknown field 'foo:'",
        "title:|'title:' must be followed by a value",
        "\"\"|empty phrase",
        "劳模 AND|AND needs a clause on both sides",
        "AND 劳模|AND needs a clause on both sides",
        "劳模 NOT|'NOT' must be followed",
        "“劳模|unbalanced quote"
      })
  void malformed_queries_are_rejected_with_a_message_naming_the_problem(String query, String expected) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.chinese().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "told in Chinese too: " + e.chinese());
  }

  @Test
  void very_long_queries_are_rejected() {
    String query = "劳".repeat(QueryParser.MAX_QUERY_CHARS + 1);
    assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
  }

  @Test
  void queries_with_too_many_clauses_are_rejected() {
    String query = "词 ".repeat(QueryParser.MAX_CLAUSES + 1);
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
    assertTrue(e.getMessage().contains("more than " + QueryParser.MAX_CLAUSES));
  }

  @Test
  void deep_nesting_is_rejected_instead_of_overflowing_the_stack() {
    String query = "(".repeat(10_000) + "劳模" + ")".repeat(10_000);
    assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query.substring(0, QueryParser.MAX_QUERY_CHARS)));
    assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("(".repeat(20) + "劳模" + ")".repeat(20)));
  }
}
