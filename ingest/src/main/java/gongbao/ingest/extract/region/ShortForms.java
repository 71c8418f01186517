package gongbao.ingest.extract.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short form a division goes by in running text: 浙江省 → 浙江, 慈溪市 → 慈溪, 西藏自治区 → 西藏,
 * 延边朝鲜族自治州 → 延边, 沙坪坝区 → 沙坪坝. Forms of one character are not made (沙县 stays 沙县), nor
 * forms of new areas and zones (滨海新区 is not 滨海). An autonomous prefecture, county or banner also goes
 * by its short form with its unit word ({@link #withUnit}: 甘孜藏族自治州 → 甘孜州, 沿河土家族自治县 → 沿河县).
 */
final class ShortForms {

  private static final String ETHNIC_GROUPS =
      "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西"
          + "|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克"
          + "|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各族";
  private static final Pattern AUTONOMOUS_TAIL =
      Pattern.compile("(?:(?:" + ETHNIC_GROUPS + ")族?)+自治(?:州|县|旗)");
  private static final String[] SUFFIXES = {"特别行政区", "地区", "林区", "省", "市", "县", "区", "旗", "盟"};

  private ShortForms() {}

  /** The short form of an autonomous prefecture, county or banner followed by its unit word: 甘孜州. */
  static Optional<String> withUnit(String name) {
    if (!name.contains("自治") || name.endsWith("自治区")) {
      return Optional.empty();
    }
    return of(name).map(form -> form + name.charAt(name.length() - 1));
  }

  static Optional<String> of(String name) {
    if (name.endsWith("新区") || name.endsWith("开发区") || name.endsWith("园区")) {
      return Optional.empty();
    }
    if (name.endsWith("自治区")) {
      return Optional.of(name.startsWith("内蒙古") ? "内蒙古" : name.substring(0, 2));
    }
    if (name.contains("自治")) {
      for (int i = 2; i < name.length(); i++) {
        if (AUTONOMOUS_TAIL.matcher(name.substring(i)).matches()) {
          return Optional.of(name.substring(0, i));
        }
      }
      return Optional.empty();
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        return Optional.of(name.substring(0, name.length() - suffix.length()));
      }
    }
    return Optional.empty();
  }
}
