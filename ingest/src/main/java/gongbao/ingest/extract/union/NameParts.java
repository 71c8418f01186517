package gongbao.ingest.extract.union;

import gongbao.ingest.analysis.HanLpLexicon;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Which words, read right to left from a union suffix, still belong to the organisation's name: nouns and
 * the pieces the segmenter cut out of a name it does not know (宁|围街道, 网|约|车司机), the trade a sector
 * union is named after even where the segmenter tags it a verb (快递/v 行业联合工会), but no generic word
 * (基层, 各级), no bare 行业 (快递、外卖等行业联合工会 names no organisation) and no abbreviation joined to
 * the next name by a conjunction (市总和区总工会, which the segmenter reads as 总和 "sum").
 */
final class NameParts {

  static final String UNIT_CHARS = "省市县区州";
  /** Tags of single characters that the segmenter cut out of a name (宁|围街道, 传|化集团). */
  private static final Set<String> SINGLE_CHAR_NAME_TAGS = Set.of("v", "vg", "a", "ag", "ng", "g", "n", "b", "j", "vi");
  private static final Set<String> STOP_WORDS = Set.of(
      "基层", "各级", "全体", "该", "各", "本", "全", "所在", "全县", "全市", "全区", "全省", "此", "其", "三级",
      "两级", "各地", "两地", "三地", "当地", "其他", "下级", "上级", "职工", "会员", "员工", "村", "社区", "新",
      "独立", "所属", "小三级", "企业", "公司", "乡镇", "园区", "镇街", "作者", "作者系");
  /** A head word that names a union only with the trade before it (快递行业联合工会). */
  private static final String SECTOR = "行业";
  private static final String CONJUNCTIONS = "和与及";
  private static final int MAX_NEXT_NAME_CHARS = 32;

  private NameParts() {}

  /**
   * True if token {@code index} of the text belongs to the name whose rest, up to its suffix, is
   * {@code following} (琼港 before 农场; a person's name only before an enterprise, so not 陈科).
   *
   * @param placeEnds true for the offsets where a place of the text ends
   */
  static boolean belongs(SegmentedText segmented, int index, String following, IntPredicate placeEnds) {
    Token token = segmented.tokens().get(index);
    String word = token.word();
    if (STOP_WORDS.contains(word) || token.isPunctuation()) {
      return false;
    }
    if (isAbbreviationBeforeConjunction(segmented.text(), token, placeEnds)) {
      return false;
    }
    if (word.equals(SECTOR)) {
      return index > 0 && isTrade(segmented.tokens().get(index - 1), token.offset(), placeEnds);
    }
    if (token.nature().startsWith("nr")) {
      return UnionNames.isEnterprise(following);
    }
    return isWord(token) || isAdverbPiece(segmented, index);
  }

  /** A one-character adverb between single characters is a piece of a word the segmenter cut (网|约/d|车). */
  private static boolean isAdverbPiece(SegmentedText segmented, int index) {
    Token token = segmented.tokens().get(index);
    return token.word().length() == 1 && token.nature().equals("d") && index > 0
        && index + 1 < segmented.tokens().size()
        && segmented.tokens().get(index - 1).word().length() == 1
        && segmented.tokens().get(index + 1).word().length() == 1;
  }

  /** True if the word before 行业 names a trade: it touches 行业 and is no place and no generic word. */
  private static boolean isTrade(Token before, int sectorStart, IntPredicate placeEnds) {
    return before.end() == sectorStart && !placeEnds.test(sectorStart) && !STOP_WORDS.contains(before.word())
        && isWord(before);
  }

  private static boolean isWord(Token token) {
    String word = token.word();
    return token.isNominal() || token.nature().startsWith("g") || isMostlyNoun(token)
        || (word.length() == 1 && SINGLE_CHAR_NAME_TAGS.contains(token.nature()));
  }

  /** A word tagged a verb here that HanLP's dictionary mostly knows as a noun: 快递 (vn 7, v 4), not 成立. */
  private static boolean isMostlyNoun(Token token) {
    return token.nature().startsWith("v") && HanLpLexicon.usualNature(token.word())
        .filter(nature -> nature.equals("vn") || nature.equals("n")).isPresent();
  }

  /** True if the 总 at {@code zong} is an abbreviation joined by a conjunction to a union named next. */
  static boolean joinsNextUnion(SegmentedText segmented, int zong, IntPredicate placeEnds) {
    int index = segmented.tokenStartingAt(zong);
    String text = segmented.text();
    if (index < 0 || !isAbbreviationBeforeConjunction(text, segmented.tokens().get(index), placeEnds)) {
      return false;
    }
    int end = Math.min(text.length(), zong + 2 + MAX_NEXT_NAME_CHARS);
    for (int position = zong + 2; position < end && Character.isLetterOrDigit(text.charAt(position)); position++) {
      if (text.startsWith("工会", position)) {
        return true;
      }
    }
    return false;
  }

  /** 总和, 总与, 总及 right after a place or unit word: the 市总 of 重庆市总和沙坪坝区总工会. */
  private static boolean isAbbreviationBeforeConjunction(String text, Token token, IntPredicate placeEnds) {
    String word = token.word();
    int start = token.offset();
    return word.length() == 2 && word.charAt(0) == '总' && CONJUNCTIONS.indexOf(word.charAt(1)) >= 0
        && start > 0 && (placeEnds.test(start) || UNIT_CHARS.indexOf(text.charAt(start - 1)) >= 0);
  }
}
