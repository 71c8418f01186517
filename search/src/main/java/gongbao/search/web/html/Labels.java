package gongbao.search.web.html;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.SortOrder;
import java.util.Map;

/** The interface's Chinese words for the archive's dimensions, kinds of article and orders. */
final class Labels {

  private static final Map<String, String> DIMENSIONS = Map.of(
      IndexSchema.FACET_REGION, "地区",
      IndexSchema.FACET_YEAR, "年份",
      IndexSchema.FACET_PAPER, "报刊",
      IndexSchema.FACET_TOPIC, "主题",
      IndexSchema.FACET_UNION, "工会",
      IndexSchema.FACET_PERSON, "人物",
      IndexSchema.FACET_KIND, "体裁");

  private static final Map<String, String> KINDS = Map.of(
      "news", "消息", "photo", "图片新闻", "commentary", "评论", "brief", "简讯", "toc", "目录与其他");

  private Labels() {}

  static String dimension(String dimension) {
    return DIMENSIONS.getOrDefault(dimension, dimension);
  }

  static String kind(String kind) {
    return KINDS.getOrDefault(kind, kind);
  }

  static String sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> "相关度";
      case NEWEST -> "最新";
      case OLDEST -> "最早";
    };
  }
}
