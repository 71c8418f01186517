package gongbao.ingest.extract.person;

import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names HanLP did not tag that stand in a list of names it did: {@code 潘建伟(2017年)、马/n 大为/d、周其林} gives
 * 马大为. An item of a list separated by 、 is a name when it is two or three Chinese characters opening with a family
 * name, no part of it is tagged a name already, and the item before or after it is a name HanLP tagged (a bracketed
 * note after an item, such as a year, is left out of it).
 */
final class ListedNames {

  private static final String SEPARATOR = "、";
  private static final Pattern BRACKETED_NOTE = Pattern.compile("[（(][^（()）]*[）)]$");
  private static final Pattern TWO_OR_THREE_HAN = Pattern.compile("\\p{IsHan}{2,3}");

  /** An item of a list: its tokens {@code [from, to)} and its text without a bracketed note. */
  private record Item(int from, int to, String text) {}

  private ListedNames() {}

  /** The offsets {@code [start, end)} of the names found in list slots of the text. */
  static List<int[]> spans(List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    List<Item> items = items(tokens);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item == null || !TWO_OR_THREE_HAN.matcher(item.text()).matches()
          || !Surnames.startsWithSurname(item.text()) || holdsName(tokens, item)) {
        continue;
      }
      boolean nameBefore = i > 0 && isTaggedName(tokens, items.get(i - 1));
      boolean nameAfter = i + 1 < items.size() && isTaggedName(tokens, items.get(i + 1));
      if (nameBefore || nameAfter) {
        int start = tokens.get(item.from()).offset();
        spans.add(new int[] {start, start + item.text().length()});
      }
    }
    return spans;
  }

  /**
   * The items of the lists of the tokens, in order: each run of tokens between two separators, or between a
   * separator and the punctuation or start that bounds the list; null between two lists, so that items of different
   * lists are never neighbours.
   */
  private static List<Item> items(List<Token> tokens) {
    List<Item> items = new ArrayList<>();
    int from = 0;
    boolean inList = false;
    for (int i = 0; i <= tokens.size(); i++) {
      boolean separator = i < tokens.size() && tokens.get(i).word().equals(SEPARATOR);
      boolean boundary = i == tokens.size() || !separator && isPunctuation(tokens.get(i));
      if (separator || boundary) {
        if (separator || inList) {
          items.add(item(tokens, from, i));
        }
        if (boundary && inList) {
          items.add(null);
        }
        inList = separator || inList && !boundary;
        from = i + 1;
      }
    }
    return items;
  }

  private static Item item(List<Token> tokens, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      text.append(tokens.get(i).word());
    }
    return new Item(from, to, BRACKETED_NOTE.matcher(text).replaceFirst(""));
  }

  private static boolean isPunctuation(Token token) {
    return token.nature().startsWith("w") && !token.word().equals("(") && !token.word().equals(")")
        && !token.word().equals("（") && !token.word().equals("）");
  }

  private static boolean holdsName(List<Token> tokens, Item item) {
    for (int i = item.from(); i < item.to(); i++) {
      if (tokens.get(i).nature().startsWith("nr")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTaggedName(List<Token> tokens, Item item) {
    return item != null && item.from() < item.to() && tokens.get(item.from()).nature().startsWith("nr")
        && tokens.get(item.from()).word().equals(item.text());
  }
}
