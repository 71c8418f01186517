package gongbao.cli;

import gongbao.search.BadRequestException;
import gongbao.search.Filters;
import gongbao.search.SearchRequest;
import gongbao.search.Searcher;
import gongbao.search.SortOrder;
import gongbao.search.api.SearchHit;
import gongbao.search.api.SearchResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongbao search}: hits on the terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the index and prints one hit a line: id, date, paper, title.",
      "Query syntax: words are ANDed; \"…\" exact phrase; -word or NOT word excludes; OR; ( ) groups;",
      "fields title: byline: paper: kind: region: union: topic: person: (README.md, Query syntax)."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--size", defaultValue = "20", description = "hits to print (default: ${DEFAULT-VALUE}, at most 100)")
  int size;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, newest or oldest (default: ${DEFAULT-VALUE})")
  String sort;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "the query; several arguments are joined by spaces")
  List<String> query;

  @Override
  public Integer call() throws IOException {
    SearchRequest request;
    try { // the request checks its values as for the API; here a value out of its range is wrong usage
      request = new SearchRequest(String.join(" ", query), Filters.NONE, SortOrder.parse(sort), 1, size, null);
    } catch (BadRequestException badValue) {
      throw new ParameterException(spec.commandLine(), badValue.getMessage());
    }
    try (Searcher searcher = Searcher.open(index.dir)) {
      SearchResponse response = searcher.search(request);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%d hits (%d ms)%n", response.total(), response.tookMillis());
      for (SearchHit hit : response.hits()) {
        out.printf("%s\t%s\t%s\t%s%n", hit.id(), hit.date() == null ? "-" : hit.date(), hit.paperName(), hit.title());
      }
      out.flush();
    }
    return 0;
  }
}
