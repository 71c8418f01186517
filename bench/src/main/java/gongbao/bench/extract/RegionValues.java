package gongbao.bench.extract;

import gongbao.bench.Folders;
import gongbao.bench.RmrbPageFiles;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.index.CorpusIngester;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The region values the ingest gives the rmrb articles (their pages rebuilt, not degraded), counted: how many
 * articles have none, how many values each role and level has, and the most frequent county-level values of
 * the role {@code about}. There is no region gold for rmrb; a county named by a word that is mostly something
 * else (资源县 from 资源, 复兴区 from 复兴) shows up at the top of that list, so the list is where to read a
 * change to {@code PlaceFinder} by eye: {@code bench/run RegionValues [how many to list]}.
 */
public final class RegionValues {

  private RegionValues() {}

  public static void main(String[] args) throws Exception {
    int listed = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    RmrbPageFiles pages = RmrbPageFiles.write();
    try {
      CorpusIngester ingester = new CorpusIngester();
      Map<String, Integer> byRoleAndLevel = new TreeMap<>();
      Map<String, Integer> counties = new TreeMap<>();
      int articles = 0;
      int withNone = 0;
      for (Path file : pages.files()) {
        for (Article article : ingester.extract(file)) {
          articles++;
          withNone += article.regions().isEmpty() ? 1 : 0;
          for (RegionMention region : article.regions()) {
            String level = switch ((int) region.path().chars().filter(c -> c == '/').count()) {
              case 0 -> "province";
              case 1 -> "city";
              default -> "county";
            };
            byRoleAndLevel.merge(region.role().id() + " " + level, 1, Integer::sum);
            if (region.role() == RegionMention.Role.ABOUT && level.equals("county")) {
              counties.merge(region.path(), 1, Integer::sum);
            }
          }
        }
      }
      System.out.printf("rmrb: %,d page files, %,d articles, %,d with no region%n",
          pages.files().size(), articles, withNone);
      byRoleAndLevel.forEach((key, count) -> System.out.printf("  %-18s %,6d%n", key, count));
      System.out.printf("most frequent county-level values (about), %,d distinct:%n", counties.size());
      counties.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(listed)
          .forEach(entry -> System.out.printf("  %4d  %s%n", entry.getValue(), entry.getKey()));
    } finally {
      Folders.deleteTree(pages.corpus());
    }
  }
}
