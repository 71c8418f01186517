package gongbao.search.web.html;

import gongbao.ingest.article.Article;
import java.util.List;

/**
 * The line to copy when citing an article, in the newspaper form of GB/T 7714:
 * {@code 作者. 标题[N]. 报名, 2024-03-22(01).}
 */
final class Citation {

  private Citation() {}

  static String of(Article article, String paperName) {
    StringBuilder line = new StringBuilder();
    List<String> authors = article.byline().allNames();
    if (!authors.isEmpty()) {
      line.append(String.join(", ", authors)).append(". ");
    }
    line.append(article.title()).append("[N]. ").append(paperName).append(", ");
    line.append(article.date() == null ? "日期不详" : article.date().toString());
    if (article.page() != null) {
      line.append('(').append(article.page()).append(')');
    }
    return line.append('.').toString();
  }
}
