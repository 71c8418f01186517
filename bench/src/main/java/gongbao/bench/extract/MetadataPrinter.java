package gongbao.bench.extract;

import gongbao.ingest.article.Article;
import gongbao.ingest.index.CorpusIngester;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the extracted metadata of every article of the given page files or folders, one block per
 * article, for reading by eye: {@code bench/run MetadataPrinter corpus/grrb}.
 */
public final class MetadataPrinter {

  private MetadataPrinter() {}

  public static void main(String[] args) throws Exception {
    CorpusIngester ingester = new CorpusIngester();
    for (Path file : CorpusIngester.listFiles(List.of(args).stream().map(Path::of).toList())) {
      if (!file.toString().endsWith(".txt") && !file.toString().endsWith(".html")) {
        continue;
      }
      for (Article article : ingester.extract(file)) {
        System.out.println("== " + article.id() + " [" + article.kind().id() + "] " + article.title());
        System.out.println("  regions:  " + article.regions().stream()
            .map(r -> r.role().id() + ":" + r.path()).collect(Collectors.joining(", ")));
        System.out.println("  unions:   " + article.unions().stream()
            .map(u -> u.name() + "(" + u.level() + "," + u.regionCode() + ")").collect(Collectors.joining(", ")));
        System.out.println("  topics:   " + article.topics().stream()
            .map(t -> t.label() + " " + t.score() + " " + t.evidence()).collect(Collectors.joining("; ")));
        System.out.println("  persons:  " + String.join(", ", article.persons()));
        System.out.println("  staff:    " + String.join(", ", article.byline().allNames()));
        System.out.println("  keywords: " + String.join(", ", article.keywords()));
        System.out.println("  summary:  " + article.summary());
        System.out.println("  cluster:  " + article.cluster());
      }
    }
  }
}
