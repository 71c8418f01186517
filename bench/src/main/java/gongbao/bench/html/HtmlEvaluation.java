package gongbao.bench.html;

import gongbao.bench.SharedData;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.page.PageFormatException;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import gongbao.ingest.page.UnsupportedEncodingInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every saved news page of {@code news-html/} the way {@code gongbao ingest} does (page reader, splitter) and
 * scores its article against the gold ({@link HtmlGold}): one article per page, headline, date, where the text starts
 * and ends, the people credited; and on the pages whose structure has gold ({@link HtmlStructureGold}) the photo
 * captions, the subheads and the boundaries between blocks.
 *
 * <p>Usage: {@code bench/run HtmlEvaluation [--misses]}; {@code --misses} prints what each page got wrong.
 */
public final class HtmlEvaluation {

  private HtmlEvaluation() {}

  public static void main(String[] args) throws IOException {
    boolean misses = List.of(args).contains("--misses");
    Path root = SharedData.require("news-html");
    PageReader reader = new PageReader(new PaperCatalog());
    ArticleSplitter splitter = new ArticleSplitter();
    HtmlScore score = new HtmlScore();
    Map<String, HtmlStructureGold> structures = HtmlStructureGold.load();
    HtmlStructureScore structureScore = new HtmlStructureScore();
    for (HtmlGold gold : HtmlGold.load()) {
      List<String> wrong = new ArrayList<>();
      List<Article> articles = List.of();
      try {
        articles = splitter.split(reader.read(root.resolve(gold.path())));
        wrong.addAll(score.add(gold, articles));
      } catch (PageFormatException | UnsupportedEncodingInputException e) {
        score.addUnread();
        wrong.add("unread: " + e.getMessage());
      }
      HtmlStructureGold structure = structures.get(gold.path());
      if (structure != null) {
        wrong.addAll(structureScore.add(structure, articles.isEmpty() ? null : articles.get(0)));
      }
      if (misses && !wrong.isEmpty()) {
        System.out.println(gold.path() + ": " + String.join("; ", wrong));
      }
    }
    score.print();
    structureScore.print();
  }
}
