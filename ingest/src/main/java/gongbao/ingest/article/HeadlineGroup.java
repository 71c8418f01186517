package gongbao.ingest.article;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The headline lines above an article, with their roles: column labels and page banners, kicker (引题),
 * title (主题), subtitle (副题).
 */
record HeadlineGroup(List<String> columns, @Nullable String kicker, @Nullable String title, @Nullable String subtitle) {

  HeadlineGroup {
    columns = List.copyOf(columns);
  }
}
