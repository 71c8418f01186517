package gongbao.ingest.article;

import java.util.Set;

/**
 * The short names of China's province-level divisions (GB/T 2260): {@code 宁夏}, {@code 江苏}, {@code 内蒙古}. The same 34
 * names are in {@code extract.region.RegionGazetteer}, which this package cannot call (that package reads articles); only
 * the provinces are listed, since many county short forms are also given names or common words.
 */
public final class ProvinceNames {

  private static final Set<String> NAMES = Set.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
      "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
      "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门");
  /** The longest name, 黑龙江 and 内蒙古. */
  private static final int MAX_NAME_CHARS = 3;

  private ProvinceNames() {}

  /** Whether {@code text} is a province's short name. */
  public static boolean isProvince(String text) {
    return NAMES.contains(text);
  }

  /** Whether {@code text} opens with a province's short name ({@code 山东莒县}, {@code 湖南人大}). */
  static boolean opensWithProvince(String text) {
    for (int length = 2; length <= MAX_NAME_CHARS && length <= text.length(); length++) {
      if (NAMES.contains(text.substring(0, length))) {
        return true;
      }
    }
    return false;
  }
}
