package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each headline block its role. Rules, in order: short labels ({@code 图说新闻}, {@code
 * 工会“小灵通”}) above a headline, and anything above such a label, are columns; leading blocks beyond three
 * are columns; in a group of three without a dashed kicker, a leading
 * slogan ({@code 弘扬“三个精神” 培育劳模工匠}), or any line above a slogan kicker, is a banner, so a column;
 * a slogan under a dashed kicker and a title is a series tag, so a column; a block ending with a dash
 * is a kicker; of two blocks, a slogan or a two-clause line above a plain line is kicker and title,
 * otherwise title and subtitle. Then what the text below shows ({@link TextBelow}) may give lines read as title or
 * subtitle to the text as its first subheads: under a column's name ({@code 来论}) or label ({@code 资讯速递}, then the
 * compilation's title), over a text of items under subheads, and under a title with its column in brackets.
 */
final class HeadlineGrouper {

  private static final int MAX_LABEL_CHARS = 8;
  private static final int MAX_COLUMN_NAME_CHARS = 4;
  private static final int MIN_ITEMS_BELOW = 3;
  private static final int MAX_PLAIN_HEADING_CHARS = 16;
  /** A name and a verb of saying ({@code 周强强调}) lead into the title as its kicker, however short. */
  private static final List<String> SPEECH_VERBS = List.of("强调", "表示", "指出", "要求");
  /** Words that name a column rather than a story. */
  private static final List<String> LABEL_WORDS =
      List.of("新闻", "速递", "特写", "快讯", "简讯", "短讯", "图说", "小灵通", "视点", "聚焦", "链接", "动态", "走基层", "观察");

  private HeadlineGrouper() {}

  /**
   * What the text under a headline shows of its shape.
   *
   * @param opensWithDateline the text opens with a dateline ({@code 本报北京2月1日电}, {@code 本报讯})
   * @param opensWithTip a reading-tip box ({@code 核心阅读}) stands between the headline and the text; with it or a dateline,
   *     a title with its column in brackets keeps a subtitle that does not open with a dash
   * @param subheads how many subheads the text has: under a column's name, its items' headlines
   */
  record TextBelow(boolean opensWithDateline, boolean opensWithTip, int subheads) {
    /** Plain text: no dateline, no box, no subheads. */
    static final TextBelow PLAIN = new TextBelow(false, false, 0);

    boolean hasSubheads() {
      return subheads > 0;
    }
  }

  /**
   * The headline group of {@code blocks}. Lines under the headline that belong to its text go to it first: those that
   * open with a square or a dot ({@code ■通过海运，更多中国商品…}, {@code ●各级财政安排…}), the headline's points (of the rmrb articles, 94 open their text with such a line and 4 have such
   * a subtitle, each marking two points or more on its line, {@code ●及早惠及重点企业 ●全力支持复工复产}, as no line of text does;
   * a marked line leading into a title with a dash, {@code ■ 火神山医院维保组——}, is a kicker), and a last line
   * repeating the one above it, a document's title printed again over its text ({@code 中办国办印发} + {@code 关于…的实施意见}
   * twice; 5 rmrb texts open with their title, no headline repeats a line). The first such line and all below it head the text.
   */
  static HeadlineGroup group(List<String> blocks, TextBelow below) {
    for (int i = 1; i < blocks.size(); i++) {
      if (isMarkedPoint(blocks.get(i)) || i == blocks.size() - 1 && blocks.get(i).equals(blocks.get(i - 1))) {
        HeadlineGroup headline = groupHeadline(blocks.subList(0, i), below);
        List<String> subheads = new ArrayList<>(headline.subheads());
        subheads.addAll(blocks.subList(i, blocks.size()));
        return new HeadlineGroup(headline.columns(), headline.kicker(), headline.title(), headline.subtitle(), subheads);
      }
    }
    return groupHeadline(blocks, below);
  }

  private static HeadlineGroup groupHeadline(List<String> blocks, TextBelow below) {
    List<String> columns = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      boolean moreFollow = i < blocks.size() - 1;
      if (moreFollow && isLabel(block)) {
        // a banner above a label belongs to the page, like the label itself
        columns.addAll(heads);
        heads.clear();
        columns.add(block);
      } else {
        heads.add(block);
      }
    }
    if (heads.size() > 3 && Punctuation.endsWithDash(heads.get(0)) && Punctuation.endsWithColumnInBrackets(heads.get(1))) {
      // a dashed kicker over a title with its column in brackets closes the headline: what follows heads the text
      return new HeadlineGroup(columns, heads.get(0), heads.get(1), null, heads.subList(2, heads.size()));
    }
    while (heads.size() > 3) {
      columns.add(heads.remove(0));
    }
    if (heads.size() == 3 && !Punctuation.endsWithDash(heads.get(0)) && !Punctuation.endsWithDash(heads.get(1))
        && (isSlogan(heads.get(0)) || isSlogan(heads.get(1)) && !isSlogan(heads.get(2)))) {
      columns.add(heads.remove(0));
    }
    if (heads.size() == 3 && isSlogan(heads.get(2)) && !isSlogan(heads.get(1)) && Punctuation.endsWithDash(heads.get(0))) {
      columns.add(heads.remove(2)); // a series tag under a dashed kicker and title: 强基层增活力 工会建设在行动
    }
    HeadlineGroup group = switch (heads.size()) {
      case 0 -> new HeadlineGroup(columns, null, null, null);
      case 1 -> new HeadlineGroup(columns, null, heads.get(0), null);
      case 2 -> pair(columns, heads.get(0), heads.get(1));
      default -> new HeadlineGroup(columns, heads.get(0), heads.get(1), heads.get(2));
    };
    HeadlineGroup itemsGiven = titleOverItems(columnOverFirstItem(labelOverItems(group, below), below), below);
    return columnTitleOverText(itemsGiven, below.opensWithDateline() || below.opensWithTip());
  }

  private static boolean isMarkedPoint(String block) {
    return (block.startsWith("■") || block.startsWith("●")) && !Punctuation.endsWithDash(block)
        && countMarks(block) < 2;
  }

  private static long countMarks(String block) {
    return block.chars().filter(c -> c == '■' || c == '●').count();
  }

  /**
   * Three lines read as kicker, title and subtitle over a text of items under subheads that does not open with a dateline
   * ({@code 于营村的幸福年} + {@code 村里的“新春奋斗会”} + {@code 建座村史馆 记录奋斗史}): the first is the title, the other two
   * head the first item. A dashed or slogan kicker, a title with its column in brackets and a dash subtitle keep their roles.
   */
  private static HeadlineGroup titleOverItems(HeadlineGroup group, TextBelow below) {
    String kicker = group.kicker();
    String title = group.title();
    String subtitle = group.subtitle();
    if (!below.hasSubheads() || below.opensWithDateline() || kicker == null || title == null || subtitle == null
        || Punctuation.endsWithDash(kicker) || isSlogan(kicker) || Punctuation.endsWithBracketedNote(title)
        || subtitle.startsWith("—")) {
      return group;
    }
    return new HeadlineGroup(group.columns(), null, kicker, null, List.of(title, subtitle));
  }

  /**
   * Lines under a title with its column in brackets ({@code 这个年，真有范儿（大数据观察·关注春节消费）} + {@code 科技范儿}): they head
   * its text, unless they open with a dash or the text opens with a dateline or a reading-tip box. Of the 3,810 such titles
   * in the rmrb pages, 956 stand over a headline-like first paragraph, none of them above a reading-tip box and 6 above a
   * dateline; 59 have a subtitle without a dash, 28 of them above a dateline and 16 above a box. Read as kicker and title,
   * such a title and the line under it are title and subhead.
   */
  private static HeadlineGroup columnTitleOverText(HeadlineGroup group, boolean leadBelow) {
    if (leadBelow) {
      return group;
    }
    String kicker = group.kicker();
    String title = group.title();
    String subtitle = group.subtitle();
    if (kicker != null && title != null && Punctuation.endsWithColumnInBrackets(kicker)
        && !title.startsWith("—")) {
      List<String> subheads = subtitle == null ? List.of(title) : List.of(title, subtitle);
      return new HeadlineGroup(group.columns(), null, kicker, null, subheads);
    }
    if (title != null && subtitle != null && Punctuation.endsWithColumnInBrackets(title)
        && !subtitle.startsWith("—")) {
      return new HeadlineGroup(group.columns(), kicker, title, null, List.of(subtitle));
    }
    return group;
  }

  /**
   * A column label over a headline and a text of items under subheads ({@code 资讯速递} + {@code 某地电站开工}): the label is
   * the compilation's title, the headline that of its first item.
   */
  private static HeadlineGroup labelOverItems(HeadlineGroup group, TextBelow below) {
    List<String> columns = group.columns();
    if (!below.hasSubheads() || columns.isEmpty() || group.kicker() != null || group.title() == null
        || group.subtitle() != null || !isLabel(columns.get(columns.size() - 1))) {
      return group;
    }
    List<String> subheads = new ArrayList<>(group.subheads());
    subheads.add(0, group.title());
    return new HeadlineGroup(columns.subList(0, columns.size() - 1), null, columns.get(columns.size() - 1), null, subheads);
  }

  /**
   * A column's name over the headline of its first item and a line under it ({@code 来论} + {@code 小治理也需精细活} +
   * {@code 北京朝阳 施芳}, read as kicker, title and subtitle): the name is the title, the rest heads the text. Under a
   * column's name read as the title, the line below heads the text only when more items follow under subheads
   * ({@code 微阅读} + {@code 沙特启动古城欧拉旅游建设工程}) or when the text has no dateline ({@link #isColumnOverComment}):
   * otherwise that name is as often a kicker ({@code 烟花爆竹} + {@code 不放少放也挺好}, which this reads wrong). A longer
   * name of plain characters ({@code 新中国峥嵘岁月}) over a plain line gives it to the text when at least three subheads
   * follow and no dateline: of such rmrb headlines without a kicker, 60 open their text with that line and 2 have it as
   * their subtitle (10 more are kicker and title: {@code 科学发掘六十载} + {@code 揭开二里头遗址的面纱}). A title with its column in
   * brackets under a name ({@code 检察机关} + {@code 为生态文明建设…（权威发布）}) keeps the name as its kicker, items or not: 22
   * rmrb headlines, and no such line opens a text under a name.
   */
  private static HeadlineGroup columnOverFirstItem(HeadlineGroup group, TextBelow below) {
    String kicker = group.kicker();
    String title = group.title();
    String subtitle = group.subtitle();
    if (kicker == null && title != null && subtitle != null && !subtitle.startsWith("—")
        && !Punctuation.endsWithColumnInBrackets(subtitle)
        && (isColumnName(title) && (below.hasSubheads() || isColumnOverComment(title, subtitle, below))
            || below.hasSubheads() && isPlainNameOverItems(title, subtitle, below))) {
      return new HeadlineGroup(group.columns(), null, title, null, List.of(subtitle));
    }
    if (kicker == null || title == null || subtitle == null || subtitle.startsWith("—") || !isColumnName(kicker)
        || Punctuation.endsWithColumnInBrackets(title)) {
      return group;
    }
    return new HeadlineGroup(group.columns(), null, kicker, null, List.of(title, subtitle));
  }

  /**
   * A name of at most four characters ({@code 数读}, {@code 微阅读}, {@code 财经短波}, {@code 来论}): none of the 563 such titles
   * in the rmrb pages has a subtitle, and only one such kicker stands over a title with a subtitle. A name followed by a
   * colon or a dash ({@code 李达：}) is a kicker, and so is one opening with a province's name ({@code 山东莒县},
   * {@code 湖南人大}): 21 rmrb kickers over a title, and no such title over a short first paragraph.
   */
  private static boolean isColumnName(String block) {
    int han = 0;
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if (HanGrams.isHan(c)) {
        han++;
      } else if (!Character.isSpaceChar(c)) {
        return false;
      }
    }
    return han > 0 && han <= MAX_COLUMN_NAME_CHARS && SPEECH_VERBS.stream().noneMatch(block::endsWith)
        && !ProvinceNames.opensWithProvince(block.strip());
  }

  /**
   * A column's name over one piece without a dateline ({@code 建议} + {@code 让基层留住年轻干部}, {@code 把脉}): the line under
   * it heads the piece. A name printed with a space ({@code 四  川}) or over a title with its column in brackets
   * ({@code 台北松山} + {@code 观景平台，…（宝岛纪行）}) is a place or body over a title, its kicker.
   */
  private static boolean isColumnOverComment(String name, String line, TextBelow below) {
    return !below.opensWithDateline() && name.indexOf(' ') < 0 && !Punctuation.endsWithBracketedNote(line);
  }

  private static boolean isPlainNameOverItems(String title, String subtitle, TextBelow below) {
    return below.subheads() >= MIN_ITEMS_BELOW && !below.opensWithDateline() && isPlainHeading(title, MAX_LABEL_CHARS)
        && isPlainHeading(subtitle, MAX_PLAIN_HEADING_CHARS);
  }

  /** At most {@code maxChars} characters, all of them Han, spaces or quotation marks. */
  private static boolean isPlainHeading(String line, int maxChars) {
    if (line.length() > maxChars) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!HanGrams.isHan(c) && !Character.isSpaceChar(c) && c != '“' && c != '”') {
        return false;
      }
    }
    return true;
  }

  private static HeadlineGroup pair(List<String> columns, String first, String second) {
    if (Punctuation.endsWithDash(first) || Punctuation.endsWithColon(first)) {
      // a line leading into the next with a dash or a colon (国防部：) is a kicker: 161 rmrb kickers end with a colon, no title
      return new HeadlineGroup(columns, first, second, null);
    }
    if (second.startsWith("——") || second.startsWith("—")) {
      return new HeadlineGroup(columns, null, first, second);
    }
    if (isSlogan(first) && !isSlogan(second) || hasComma(first) && !hasComma(second)) {
      return new HeadlineGroup(columns, first, second, null); // a slogan or two-clause lead-in above the title
    }
    if (isColumnName(first) && (isSlogan(second) || Punctuation.endsWithColumnInBrackets(second))) {
      // a name over a slogan (长影乐团 + 旋律那么美 花儿这样红) is kicker and title: 13 rmrb headlines, against 3 titles of that
      // shape over a slogan-shaped first paragraph (身边事 + 证明取消了 为啥还要开); and so is a name over a title with its
      // column in brackets (台北松山 + 观景平台，…（宝岛纪行）): 22 rmrb headlines, no such title over a first paragraph of that shape
      return new HeadlineGroup(columns, first, second, null);
    }
    return new HeadlineGroup(columns, null, first, second);
  }

  private static boolean hasComma(String block) {
    return block.indexOf(',') >= 0 || block.indexOf('，') >= 0;
  }

  /** A column label: a few characters with no space naming a kind of column, such as {@code 新闻特写}. */
  static boolean isLabel(String block) {
    return block.length() <= MAX_LABEL_CHARS
        && LABEL_WORDS.stream().anyMatch(block::contains)
        && block.replace("“", "").replace("”", "").length() >= 2
        && block.indexOf(' ') < 0
        && !Punctuation.endsWithDash(block);
  }

  /** Parallel phrases separated by spaces, each of three to ten characters, without commas: {@code 礼赞劳动者 传承劳动美}. */
  static boolean isSlogan(String block) {
    if (block.indexOf(',') >= 0 || block.indexOf('，') >= 0) {
      return false;
    }
    String[] parts = block.split(" ");
    if (parts.length < 2) {
      return false;
    }
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (String part : parts) {
      int length = part.replace("“", "").replace("”", "").length();
      shortest = Math.min(shortest, length);
      longest = Math.max(longest, length);
    }
    return shortest >= 3 && longest <= 10 && longest - shortest <= 1;
  }
}
