package gongbao.ingest.extract.person;

import gongbao.ingest.analysis.HanLpLexicon;
import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names HanLP did not tag right after a title or role ({@code 教授/nnt 陆/m 锦标/n 获/v} gives 陆锦标, {@code 教授/nnt
 * 施/v 一/m 公/ng} 施一公): three or else two Chinese characters opening with a family name, made of whole tokens none of
 * which is tagged a name, no word of HanLP's dictionary, and followed by a verb, punctuation or the end of the text.
 */
final class TitledNames {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  /** Conjunctions and 时 that open a clause after a title ({@code 劳模代表和劳模}, {@code 视察时强调}). */
  private static final String NOT_FIRST = "和与及同跟时";

  private TitledNames() {}

  /** The offsets {@code [start, end)} of the names found right after titles in the tokens. */
  static List<int[]> spans(List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).nature().equals("nnt") || tokens.get(i + 1).nature().startsWith("nr")) {
        continue;
      }
      for (int length = 3; length >= 2; length--) {
        int end = endOfWholeTokens(tokens, i + 1, length);
        if (end > 0 && isName(tokens, i + 1, end)) {
          int start = tokens.get(i + 1).offset();
          spans.add(new int[] {start, start + length});
          break;
        }
      }
    }
    return spans;
  }

  /** The index after the tokens from {@code from} that hold exactly {@code length} characters, or -1. */
  private static int endOfWholeTokens(List<Token> tokens, int from, int length) {
    int characters = 0;
    int i = from;
    while (i < tokens.size() && characters < length) {
      characters += tokens.get(i).word().length();
      i++;
    }
    return characters == length ? i : -1;
  }

  private static boolean isName(List<Token> tokens, int from, int to) {
    StringBuilder name = new StringBuilder();
    if (tokens.get(from).nature().startsWith("v")) {
      return false; // 干部/nnt 管/v 战士, 职工/nnt 干/v 与不干
    }
    for (int i = from; i < to; i++) {
      if (tokens.get(i).nature().startsWith("nr")) {
        return false;
      }
      name.append(tokens.get(i).word());
    }
    String text = name.toString();
    boolean followedRight = to == tokens.size() || tokens.get(to).nature().startsWith("v")
        || tokens.get(to).nature().startsWith("w");
    return followedRight && HAN.matcher(text).matches() && Surnames.startsWithSurname(text)
        && NOT_FIRST.indexOf(text.charAt(0)) < 0 && HanLpLexicon.usualNature(text).isEmpty()
        && HanLpLexicon.usualNature(text.substring(1)).filter(nature -> nature.startsWith("v")).isEmpty();
  }
}
