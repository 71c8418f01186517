package gongbao.ingest.extract.region;

import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the words around a short form show it to be when it is no place ({@link #isNoPlace}):
 *
 * <ul>
 *   <li>the name of a street, town or road (阜城街道);
 *   <li>a government or authority standing for a state (北京政府, 北京当局), or the direction of travel on a
 *       road (京沪高速北京方向);
 *   <li>a direction word, as the segmenter tags it: 南部 in 甘肃南部 is the south of Gansu, not 南部县.
 * </ul>
 *
 * <p>And what one place of an article shows of a county's short form holds in the whole article
 * ({@link #namesOtherThing}): once followed by a company word it is that company (龙湖集团 … 龙湖实现销售);
 * a district's short form followed by a part of the compass is a region of the map (江汉西部, 江南大部): a
 * district is too small to be written of by its parts, the plain of the 江汉 and the 江南 are not. A city's
 * or province's short form before a company word stays a place: 杭州银行 is in 杭州, TCL集团成都公司 in 成都.
 */
final class ShortFormContext {

  private static final String[] LOCALITIES = {"街道", "镇", "乡", "村", "路", "街", "社区", "大道", "小区", "公园", "广场", "站"};
  private static final String[] STATE_OR_DIRECTION = {"政府", "当局", "方向"};
  private static final String[] COMPANIES = {"集团", "公司", "银行"};
  private static final Pattern COMPASS_PART = Pattern.compile("[东西南北中]{1,2}部|大部");

  private ShortFormContext() {}

  /** True if the short form at [start, end) of the text is, by the words around it, no place. */
  static boolean isNoPlace(SegmentedText segmented, int start, int end) {
    String text = segmented.text();
    return followedByAny(text, end, LOCALITIES) || followedByAny(text, end, STATE_OR_DIRECTION)
        || isDirectionWord(segmented, start, end);
  }

  /** True if {@code form}, whose readings are all counties, is shown by one of the texts to name something else. */
  static boolean namesOtherThing(String form, List<RegionGazetteer.Form> readings, List<SegmentedText> texts) {
    if (!readings.stream().allMatch(reading -> reading.place().kind() == Place.Kind.COUNTY)) {
      return false;
    }
    boolean district = readings.stream().anyMatch(reading -> reading.place().name().endsWith("区"));
    for (SegmentedText segmented : texts) {
      String text = segmented.text();
      for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        int end = at + form.length();
        if (followedByAny(text, end, COMPANIES)
            || district && COMPASS_PART.matcher(text).region(end, text.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDirectionWord(SegmentedText segmented, int start, int end) {
    int index = segmented.tokenStartingAt(start);
    if (index < 0) {
      return false;
    }
    Token word = segmented.tokens().get(index);
    return word.end() == end && word.nature().equals("f");
  }

  private static boolean followedByAny(String text, int end, String[] words) {
    for (String word : words) {
      if (text.startsWith(word, end)) {
        return true;
      }
    }
    return false;
  }
}
