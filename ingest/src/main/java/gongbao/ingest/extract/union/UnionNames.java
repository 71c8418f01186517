package gongbao.ingest.extract.union;

import gongbao.ingest.article.UnionMention;
import gongbao.ingest.extract.region.Place;
import gongbao.ingest.extract.region.RegionGazetteer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Canonical names and levels of union organisations. A regional name is written with the official
 * name of its unit, and a district with its city before it (重庆沙坪坝区总 → 重庆市沙坪坝区总工会,
 * 杭州临安总工会 → 杭州市临安区总工会); counties, county-level cities, cities and provinces stand alone
 * (武义县总工会, 慈溪市总工会). A bare 工会 after a region is its federation of unions (西宁工会 →
 * 西宁市总工会), and 全总, 全国总工会 are 中华全国总工会.
 */
final class UnionNames {

  static final String ACFTU = "中华全国总工会";
  private static final List<String> ENTERPRISE_WORDS = List.of(
      "公司", "集团", "农场", "林场", "厂", "学院", "大学", "学校", "医院", "银行", "分行", "中学", "小学",
      "研究院", "研究所", "酒店", "商场", "码头", "矿", "电厂", "供电所");
  private static final List<String> TOWNSHIP_WORDS = List.of("镇", "乡", "街道");

  private final RegionGazetteer gazetteer;

  UnionNames(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  static UnionMention national() {
    return new UnionMention(ACFTU, UnionLevel.NATIONAL.id(), null);
  }

  /** The organisation named by a region and what follows it ({@code rest}: 总, 总工会, 旅贸工会 …). */
  UnionMention regional(Place place, String rest) {
    String suffix = normalizedRest(rest);
    return new UnionMention(prefix(place) + suffix, level(place, suffix), place.regionCode());
  }

  /** An organisation whose name is kept as written, counted under {@code regionCode} if known. */
  UnionMention asWritten(String name, @Nullable String regionCode) {
    String full = name.endsWith("总") ? name + "工会" : name;
    String level;
    if (isFederation(full)) {
      level = UnionLevel.FEDERATION.id();
    } else if (isEnterprise(full)) {
      level = UnionLevel.ENTERPRISE.id();
    } else {
      level = UnionLevel.INDUSTRY.id();
    }
    return new UnionMention(full, level, regionCode);
  }

  static boolean isEnterprise(String name) {
    String body = name.endsWith("工会") ? name.substring(0, name.length() - 2) : name;
    for (String word : ENTERPRISE_WORDS) {
      if (body.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFederation(String name) {
    return name.endsWith("联合工会") || name.endsWith("工会联合会");
  }

  private static String normalizedRest(String rest) {
    if (rest.equals("总") || rest.equals("工会") || rest.isEmpty()) {
      return "总工会";
    }
    return rest.endsWith("总") ? rest + "工会" : rest;
  }

  private String prefix(Place place) {
    if (place.kind() == Place.Kind.COUNTY && place.name().endsWith("区") && place.parentCode() != null) {
      return gazetteer.byCode(place.parentCode()).map(Place::name).orElse("") + place.name();
    }
    return place.name();
  }

  private static String level(Place place, String suffix) {
    if (isFederation(suffix)) {
      return UnionLevel.FEDERATION.id();
    }
    if (!suffix.endsWith("总工会")) {
      return isEnterprise(suffix) ? UnionLevel.ENTERPRISE.id() : UnionLevel.INDUSTRY.id();
    }
    for (String word : TOWNSHIP_WORDS) {
      if (suffix.endsWith(word + "总工会")) {
        return UnionLevel.COUNTY.id();
      }
    }
    return switch (place.kind()) {
      case PROVINCE -> UnionLevel.PROVINCIAL.id();
      case CITY -> UnionLevel.CITY.id();
      case COUNTY, ZONE -> UnionLevel.COUNTY.id();
    };
  }
}
