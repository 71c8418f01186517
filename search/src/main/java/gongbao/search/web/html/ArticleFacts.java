package gongbao.search.web.html;

import gongbao.ingest.article.RegionMention;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How an article's date, page and place are written, and where its page lives. */
final class ArticleFacts {

  private ArticleFacts() {}

  static String href(String id) {
    return "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
  }

  /** {@code 2024年3月22日}, or {@code 日期不详}. */
  static String date(@Nullable LocalDate date) {
    return date == null ? "日期不详" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** {@code 第01版} for a page number such as {@code 01} or {@code A3}; any other page name as it is. */
  static String page(String page) {
    return page.matches("[A-Za-z]?\\d{1,3}") ? "第" + page + "版" : page;
  }

  /** The last name of a region path: {@code 浙江省/宁波市/慈溪市} → {@code 慈溪市}. */
  static String placeName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Each region path once, in the order first mentioned, whatever its roles. */
  static List<String> regionPaths(List<RegionMention> regions) {
    List<String> paths = new ArrayList<>();
    for (RegionMention region : regions) {
      if (!paths.contains(region.path())) {
        paths.add(region.path());
      }
    }
    return paths;
  }
}
