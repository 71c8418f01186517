package gongbao.ingest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnionTermMergerTest {

  private final UnionTermMerger merger = new UnionTermMerger(List.of("工会驿站", "户外劳动者", "户外劳动者服务站点"));

  @Test
  void neighbouring_words_that_spell_a_term_become_one_word_at_the_first_offset() {
    List<Token> merged = merger.merge(words(0, "建设", "工会", "驿站", "服务"));
    assertEquals(List.of("建设", "工会驿站", "服务"), merged.stream().map(Token::word).toList());
    assertEquals(2, merged.get(1).offset());
    assertEquals(UnionTermMerger.TERM_NATURE, merged.get(1).nature());
  }

  @Test
  void the_longest_term_wins_over_its_prefix() {
    List<Token> merged = merger.merge(words(0, "户外", "劳动者", "服务", "站点", "开放"));
    assertEquals(List.of("户外劳动者服务站点", "开放"), merged.stream().map(Token::word).toList());
  }

  @Test
  void a_run_that_only_starts_a_term_is_left_as_it_was() {
    List<Token> merged = merger.merge(words(0, "户外", "劳动者", "服务", "中心"));
    assertEquals(List.of("户外劳动者", "服务", "中心"), merged.stream().map(Token::word).toList());
  }

  @Test
  void words_with_a_gap_between_them_are_not_joined() {
    List<Token> words = new ArrayList<>(words(0, "工会"));
    words.add(new Token("驿站", 3, "n"));
    assertEquals(List.of("工会", "驿站"), merger.merge(words).stream().map(Token::word).toList());
  }

  @Test
  void the_bundled_dictionary_joins_what_hanlp_cuts_apart() {
    List<Token> merged = UnionTermMerger.bundled().merge(words(0, "产业工人", "队伍", "建设", "改革"));
    assertEquals(List.of("产业工人队伍建设改革"), merged.stream().map(Token::word).toList());
  }

  private static List<Token> words(int offset, String... words) {
    List<Token> tokens = new ArrayList<>();
    for (String word : words) {
      tokens.add(new Token(word, offset, "n"));
      offset += word.length();
    }
    return tokens;
  }
}
