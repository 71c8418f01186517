package gongbao.ingest.article;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The headline lines above an article, with their roles: column labels and page banners, kicker (引题),
 * title (主题), subtitle (副题), and the lines under a column's name that head the first item of its text
 * ({@code 来论} + {@code 小治理也需精细活} + {@code 北京朝阳 施芳}): the text's first subheads.
 */
record HeadlineGroup(
    List<String> columns, @Nullable String kicker, @Nullable String title, @Nullable String subtitle, List<String> subheads) {

  HeadlineGroup {
    columns = List.copyOf(columns);
    subheads = List.copyOf(subheads);
  }

  HeadlineGroup(List<String> columns, @Nullable String kicker, @Nullable String title, @Nullable String subtitle) {
    this(columns, kicker, title, subtitle, List.of());
  }
}
