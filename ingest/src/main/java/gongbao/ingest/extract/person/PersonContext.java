package gongbao.ingest.extract.person;

import gongbao.ingest.analysis.Token;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether the words around a mention show a person: a title or a role before or after it ({@code 总经理陈冠州},
 * {@code 杨庆媛教授}, {@code 配送员陈科}), a verb of speech after it ({@code 张凡坦言}), a name beside it in a list
 * ({@code 刘旺、刘洋}), {@code 等}, {@code 同志} or a pseudonym's note after it ({@code 孙丹（化名）}).
 */
final class PersonContext {

  /** HanLP's tags of titles and professions ({@code 教授/nnt}, {@code 航天员/nnd}). */
  private static final Set<String> ROLE_NATURES = Set.of("nnt", "nnd");
  /** A noun ending in one of these, or one of them alone as a bound noun ({@code 配送/vn 员/ng}), names a role. */
  private static final String ROLE_ENDINGS = "员长师家者手官生士工";
  /** Verbs of speech, which follow the name of the one who speaks. */
  static final List<String> VERBS_OF_SPEECH = List.of("说", "表示", "介绍", "告诉", "坦言", "认为", "指出", "透露", "强调",
      "称", "回忆", "说道", "坦承", "解释", "分析", "提醒", "回答", "感慨", "自称", "承认", "直言", "笑着", "问");
  /** Words after a name: verbs of speech, 等 of a list of people, forms of address. */
  private static final Set<String> AFTER_NAME =
      Stream.concat(VERBS_OF_SPEECH.stream(), Stream.of("等", "同志", "先生", "女士")).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> LIST_SEPARATORS = Set.of("、", "和", "与", "及");
  private static final List<String> NOTES_AFTER = List.of("（化名", "(化名");

  private PersonContext() {}

  /** True when the mention at {@code [start, end)} of {@code text} stands where a person's name stands. */
  static boolean around(List<Token> tokens, String text, int start, int end) {
    for (String note : NOTES_AFTER) {
      if (text.startsWith(note, end)) {
        return true;
      }
    }
    int after = firstAtOrAfter(tokens, end);
    int before = firstAtOrAfter(tokens, start) - 1;
    while (before >= 0 && tokens.get(before).end() > start) {
      before--; // a token the mention begins inside of is not before it
    }
    return before >= 0 && (isRole(tokens.get(before)) || isNameInList(tokens, before - 1, before))
        || after < tokens.size() && (isRole(tokens.get(after)) || AFTER_NAME.contains(tokens.get(after).word())
        || isNameInList(tokens, after + 1, after));
  }

  /** The index of the first token starting at or after {@code offset} (tokens are in text order): a binary search. */
  private static int firstAtOrAfter(List<Token> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (tokens.get(middle).offset() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static boolean isRole(Token token) {
    String word = token.word();
    return ROLE_NATURES.contains(token.nature())
        || (word.length() >= 2 || token.nature().equals("ng")) && token.isNominal() && !isCount(word)
        && ROLE_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0;
  }

  /** True for a numeral and a measure word HanLP tags a noun: 一家 of 一家房企 counts firms, it names no role. */
  private static boolean isCount(String word) {
    return word.length() == 2 && PersonExtractor.NUMERALS.indexOf(word.charAt(0)) >= 0;
  }

  private static boolean isNameInList(List<Token> tokens, int name, int separator) {
    return name >= 0 && name < tokens.size() && LIST_SEPARATORS.contains(tokens.get(separator).word())
        && tokens.get(name).nature().startsWith("nr");
  }
}
