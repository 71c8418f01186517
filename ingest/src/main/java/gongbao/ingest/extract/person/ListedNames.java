package gongbao.ingest.extract.person;

import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names HanLP did not tag that stand in a list of names it did: {@code 潘建伟(2017年)、马/n 大为/d、周其林} gives
 * 马大为. An item of a list separated by 、 is a name when it is two or three Chinese characters opening with a family
 * name, no part of it is tagged a name already, and the item before or after it is a name HanLP tagged (a bracketed
 * note after an item, such as a year, is left out of it).
 */
final class ListedNames {

  private static final String SEPARATOR = "、";
  private static final Set<String> BRACKETS = Set.of("(", ")", "（", "）");
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
      @Nullable Item item = items.get(i);
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
   * The items of the lists of the tokens, in order: the runs of tokens between punctuation, where two or more of them
   * are joined by separators; null after each list, so that items of different lists are never neighbours. A list's
   * first item starts after the punctuation before it.
   */
  private static List<@Nullable Item> items(List<Token> tokens) {
    List<@Nullable Item> items = new ArrayList<>();
    List<Item> list = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i < tokens.size() && !isPunctuation(tokens.get(i))) {
        continue;
      }
      list.add(item(tokens, from, i));
      from = i + 1;
      if (i == tokens.size() || !tokens.get(i).word().equals(SEPARATOR)) {
        if (list.size() > 1) {
          items.addAll(list);
          items.add(null);
        }
        list.clear();
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

  /** Punctuation that bounds an item, the separator included; not a bracket, which holds an item's note. */
  private static boolean isPunctuation(Token token) {
    return token.word().equals(SEPARATOR) || token.nature().startsWith("w") && !BRACKETS.contains(token.word());
  }

  private static boolean holdsName(List<Token> tokens, Item item) {
    for (int i = item.from(); i < item.to(); i++) {
      if (tokens.get(i).nature().startsWith("nr")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTaggedName(List<Token> tokens, @Nullable Item item) {
    return item != null && item.from() < item.to() && tokens.get(item.from()).nature().startsWith("nr")
        && tokens.get(item.from()).word().equals(item.text());
  }
}
