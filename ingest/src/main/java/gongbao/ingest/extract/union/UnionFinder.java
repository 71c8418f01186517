package gongbao.ingest.extract.union;

import gongbao.ingest.article.UnionMention;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import gongbao.ingest.extract.region.Place;
import gongbao.ingest.extract.region.PlaceMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds union names in one segmented text by rules over the gazetteer's places and the union
 * suffixes (总工会, 工会, 工会联合会, 联合工会; industry, enterprise and chain unions end in 工会 too).
 * From each suffix it walks left over the words of a name ({@link NameParts}: nouns, places, the trade
 * of a sector union) to the start of the name, and keeps names that are anchored: by a region (西藏自治区总工会,
 * 杭州市旅贸工会, 衢州市柯城区快递行业联合工会), by 中国/全国/中华全国 (中国国防邮电工会), by an enterprise
 * (传化集团工会), or by a unit word standing for the article's own region (区总工会, 区教育工会, 县总, 市总).
 * Abbreviations 区总/县总/市总/省总/州总 with or without their region, and 全总, are read too, also before
 * a conjunction (重庆市总和沙坪坝区总工会 names two), but not where HanLP makes 总 the start of another word
 * (湖北省|总决赛). A federation's name (总工会, 总) starts at its first place. Generic phrases (基层工会, 企业工会, 各级工会) name no
 * organisation, and a name followed by APP, 客户端 or 小程序 is a product's (广西工会APP): both are left.
 */
final class UnionFinder {

  /** The article's own unit for a unit word (区 → 沙坪坝区) written at an offset, or null. */
  interface OwnRegion {
    @Nullable Place of(char unit, int offset);
  }

  /** A name found; {@code union} is null when the name has no anchor of its own (商场信息员联合工会). */
  record Found(int start, int end, String written, @Nullable UnionMention union) {}

  private static final int MAX_NAME_CHARS = 32;
  private static final String UNIT_CHARS = NameParts.UNIT_CHARS;
  private static final Set<String> COMMON_NOUN_TAGS = Set.of("n", "vn", "v", "b", "a", "t", "f", "nis", "nnt", "ng");
  /** Words for workers that end in 工: 职工会员 is not a 工会. */
  private static final Set<String> WORKER_WORDS = Set.of(
      "职工", "员工", "民工", "务工", "用工", "女工", "技工", "矿工", "帮工", "零工", "施工", "开工", "复工", "竣工",
      "分工", "加工", "手工", "化工", "电工", "钳工", "焊工", "监工", "罢工", "童工", "义工", "打工", "做工", "招工",
      "社工", "完工", "停工", "怠工", "长工", "短工", "理工", "农工", "军工", "劳工", "专工", "轻工");
  /** Software a union offers under its name; the union's account (公众号) still speaks for it. */
  private static final List<String> PRODUCT_WORDS = List.of("app", "客户端", "小程序");
  private static final Set<String> NOT_ORGANISATIONS = Set.of("中国工会", "全国工会");
  /** What may follow the 总 of an abbreviation without making it another word (总书记, 总经理 …). */
  private static final List<String> NOT_AFTER_ZONG = List.of(
      "书记", "经理", "裁", "部", "院", "站", "队", "局", "厂", "面积", "人口", "量", "额", "数", "值", "体",
      "规划", "投资", "产值", "工程", "师", "监", "指挥", "领", "务", "共", "结", "之", "是", "算", "会", "有", "能",
      "要", "理", "统", "编", "台", "行", "公司", "收入", "和", "的", "兵", "水量", "人数", "产量", "成本", "里程", "造价",
      "装机", "库容", "规模", "医院", "商会", "决赛");

  private final UnionNames names;

  UnionFinder(UnionNames names) {
    this.names = names;
  }

  /**
   * @param places the places of this text
   * @param ownRegion the article's own unit for a unit word (区 → 沙坪坝区), or null if there is none
   */
  List<Found> find(SegmentedText segmented, List<PlaceMatch> places, OwnRegion ownRegion) {
    Map<Integer, PlaceMatch> placeByEnd = new HashMap<>();
    for (PlaceMatch place : places) {
      placeByEnd.put(place.end(), place);
    }
    String text = segmented.text();
    List<Found> found = new ArrayList<>();
    int position = 0;
    while (position < text.length()) {
      Found hit = null;
      if (text.startsWith("工会", position)) {
        hit = suffixAt(segmented, position, placeByEnd, ownRegion);
      } else if (text.charAt(position) == '总' && !text.startsWith("总工会", position)) {
        hit = abbreviationAt(segmented, position, placeByEnd, ownRegion);
      }
      if (hit != null) {
        found.add(hit);
        position = Math.max(position + 1, hit.end());
      } else {
        position++;
      }
    }
    return found;
  }

  private @Nullable Found suffixAt(
      SegmentedText segmented, int gonghui, Map<Integer, PlaceMatch> placeByEnd,
      OwnRegion ownRegion) {
    String text = segmented.text();
    int suffixStart = gonghui;
    if (gonghui > 0 && text.charAt(gonghui - 1) == '总') {
      suffixStart = gonghui - 1;
    } else if (gonghui >= 2 && text.startsWith("联合", gonghui - 2)) {
      suffixStart = gonghui - 2;
    }
    int end = text.startsWith("联合会", gonghui + 2) ? gonghui + 5 : gonghui + 2;
    if (!segmented.isBoundary(suffixStart) && !segmented.isBoundary(gonghui)
        && (gonghui == 0 || WORKER_WORDS.contains(text.substring(gonghui - 1, gonghui + 1)))) {
      return null;
    }
    return namesProduct(text, end) ? null : named(segmented, suffixStart, end, placeByEnd, ownRegion);
  }

  /** True if a product word follows the name: 广西工会APP is an app, not the union. */
  private static boolean namesProduct(String text, int end) {
    for (String word : PRODUCT_WORDS) {
      if (text.regionMatches(true, end, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Found abbreviationAt(
      SegmentedText segmented, int zong, Map<Integer, PlaceMatch> placeByEnd,
      OwnRegion ownRegion) {
    String text = segmented.text();
    boolean zongEndsAWord = zong + 1 == text.length() || segmented.isBoundary(zong + 1);
    if (zong == 0 || (isWordAfterZong(text, zong + 1) || !zongEndsAWord)
        && !NameParts.joinsNextUnion(segmented, zong, placeByEnd::containsKey)) {
      return null;
    }
    if (text.charAt(zong - 1) == '全' && segmented.isBoundary(zong - 1)) {
      return new Found(zong - 1, zong + 1, "全总", UnionNames.national());
    }
    if (placeByEnd.containsKey(zong)) {
      return named(segmented, zong, zong + 1, placeByEnd, ownRegion);
    }
    char unit = text.charAt(zong - 1);
    if (UNIT_CHARS.indexOf(unit) < 0 || !segmented.isBoundary(zong - 1)) {
      return null;
    }
    Place own = ownRegion.of(unit, zong - 1);
    String written = text.substring(zong - 1, zong + 1);
    return own == null ? null : new Found(zong - 1, zong + 1, written, names.regional(own, "总"));
  }

  private static boolean isWordAfterZong(String text, int position) {
    for (String word : NOT_AFTER_ZONG) {
      if (text.startsWith(word, position)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Found named(
      SegmentedText segmented, int suffixStart, int end, Map<Integer, PlaceMatch> placeByEnd,
      OwnRegion ownRegion) {
    String text = segmented.text();
    List<PlaceMatch> inside = new ArrayList<>();
    int start = trimmedBeforePlace(segmented, walkLeft(segmented, suffixStart, placeByEnd, inside), inside);
    if (text.charAt(suffixStart) == '总' && !inside.isEmpty()) {
      start = inside.get(0).start(); // a federation's name starts at its first place: 风采大赛|湖北省总工会
    }
    String written = text.substring(start, end);
    if (NOT_ORGANISATIONS.contains(written)) {
      return null;
    }
    if (!inside.isEmpty()) {
      return regional(text, start, end, written, inside);
    }
    if (written.endsWith("全国总工会")) {
      int nameStart = written.endsWith(UnionNames.ACFTU) ? end - UnionNames.ACFTU.length() : end - 5;
      return new Found(nameStart, end, text.substring(nameStart, end), UnionNames.national());
    }
    if ((written.startsWith("中国") || written.startsWith("全国")) && written.length() > 4) {
      return new Found(start, end, written, names.asWritten(written, null));
    }
    char first = written.charAt(0);
    if (UNIT_CHARS.indexOf(first) >= 0 && end - start > 1 && segmented.isBoundary(start + 1)) {
      Place own = ownRegion.of(first, start);
      return own == null ? null : new Found(start, end, written, names.regional(own, written.substring(1)));
    }
    if (start < suffixStart && UnionNames.isEnterprise(written) && suffixStart - start >= 4
        && hasProperNoun(segmented, start, suffixStart)) {
      return new Found(start, end, written, names.asWritten(written, null));
    }
    return start < suffixStart ? new Found(start, end, written, null) : null;
  }

  private Found regional(String text, int start, int end, String written, List<PlaceMatch> inside) {
    PlaceMatch last = inside.get(inside.size() - 1);
    boolean onlyPlaces = true;
    int position = start;
    for (PlaceMatch place : inside) {
      if (place.start() != position) {
        onlyPlaces = false;
      }
      position = skipAside(text, place.end());
    }
    String rest = text.substring(skipAside(text, last.end()), end);
    UnionMention union = onlyPlaces
        ? names.regional(last.place(), rest)
        : names.asWritten(written, last.place().regionCode());
    return new Found(start, end, written, union);
  }

  /** Walks left from {@code position} over places and name words; fills {@code inside} in text order. */
  private static int walkLeft(
      SegmentedText segmented, int position, Map<Integer, PlaceMatch> placeByEnd, List<PlaceMatch> inside) {
    String text = segmented.text();
    int start = position;
    int limit = Math.max(0, position - MAX_NAME_CHARS);
    while (start > limit) {
      PlaceMatch place = placeByEnd.get(start);
      if (place != null) {
        inside.add(0, place);
        start = place.start();
        continue;
      }
      int aside = asideEndingAt(text, start);
      if (aside >= 0) {
        start = aside;
        continue;
      }
      int index = segmented.tokenEndingAt(start);
      if (index < 0) {
        index = segmented.tokenCovering(start - 1);
      }
      String following = text.substring(start, position);
      if (index < 0 || !NameParts.belongs(segmented, index, following, placeByEnd::containsKey)) {
        break;
      }
      start = segmented.tokens().get(index).offset();
    }
    return start;
  }

  /** Drops one or two single characters before the first place (送|杭州市总工会). */
  private static int trimmedBeforePlace(SegmentedText segmented, int start, List<PlaceMatch> inside) {
    if (inside.isEmpty() || inside.get(0).start() - start > 2) {
      return start;
    }
    int placeStart = inside.get(0).start();
    for (Token token : tokensWithin(segmented, start, placeStart)) {
      if (token.word().length() > 1) {
        return start;
      }
    }
    return placeStart;
  }

  /**
   * True if a word in the range is more than a common noun (single characters are what the segmenter
   * makes of a name it does not know: 传|化集团): an enterprise has a name of its own.
   */
  private static boolean hasProperNoun(SegmentedText segmented, int start, int end) {
    for (Token token : tokensWithin(segmented, start, end)) {
      if (token.word().length() == 1 || !COMMON_NOUN_TAGS.contains(token.nature())) {
        return true;
      }
    }
    return false;
  }

  /** The tokens that lie wholly in [start, end), found by binary search. */
  private static List<Token> tokensWithin(SegmentedText segmented, int start, int end) {
    List<Token> within = new ArrayList<>();
    int index = segmented.tokenCovering(start);
    if (index < 0) {
      return within;
    }
    for (int i = index; i < segmented.tokens().size() && segmented.tokens().get(i).offset() < end; i++) {
      Token token = segmented.tokens().get(i);
      if (token.offset() >= start && token.end() <= end) {
        within.add(token);
      }
    }
    return within;
  }

  /** The start of an aside such as (下称威海高新区) that ends at {@code end}, or -1. */
  private static int asideEndingAt(String text, int end) {
    if (end == 0 || text.charAt(end - 1) != ')') {
      return -1;
    }
    int open = text.lastIndexOf('(', end - 1);
    if (open < 0 || end - open > 20) {
      return -1;
    }
    String inner = text.substring(open + 1);
    return inner.startsWith("下称") || inner.startsWith("简称") || inner.startsWith("以下简称") ? open : -1;
  }

  private static int skipAside(String text, int position) {
    if (position < text.length() && text.charAt(position) == '(') {
      int close = text.indexOf(')', position);
      if (close > 0 && asideEndingAt(text, close + 1) == position) {
        return close + 1;
      }
    }
    return position;
  }
}
