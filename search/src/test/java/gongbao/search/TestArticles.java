package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.article.Source;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import gongbao.ingest.page.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small hand-written articles for searcher tests. */
final class TestArticles {

  private TestArticles() {}

  static Article article(String id, String paper, String date, String title, List<String> reporters, String... body) {
    return new Article(
        id, paper, LocalDate.parse(date), false, "01", null, null, ArticleKind.NEWS, null, title, null,
        new Byline(reporters, List.of(), List.of(), List.of()), "本报讯",
        Arrays.stream(body).map(Paragraph::body).toList(), List.of(), null, false,
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        new Source("test", 0, 0, List.of()));
  }

  /** Writes the articles, one page each, and commits. */
  static void index(Path dir, List<Article> articles) throws IOException {
    try (ArticleIndexWriter writer = new ArticleIndexWriter(dir)) {
      writer.registerPaper(new Paper("grrb", "工人日报", null, null));
      writer.registerPaper(new Paper("zjgrb", "浙江工人日报", "330000", null));
      for (Article article : articles) {
        writer.replacePage(IndexSchema.pageKey(article.id()), List.of(article));
      }
      writer.commit();
    }
  }
}
