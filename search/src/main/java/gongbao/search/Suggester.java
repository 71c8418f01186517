package gongbao.search;

import gongbao.ingest.analysis.TextNormalizer;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;

/**
 * Completions for a prefix: union, region and person names from the facet counts of the whole index
 * (counted once per reader), and article titles by prefix. A prefix in traditional characters is read as simplified,
 * as the archive's text is.
 */
final class Suggester {

  static final int MAX_PREFIX_CHARS = 50;
  private static final Map<String, String> TYPES =
      Map.of(IndexSchema.FACET_UNION, "union", IndexSchema.FACET_REGION, "region", IndexSchema.FACET_PERSON, "person");

  private @Nullable IndexReader namesReader;
  private List<Suggestion> names = List.of();

  List<Suggestion> suggest(IndexSnapshot snapshot, String prefix, int max) throws IOException {
    if (prefix.isBlank()) {
      throw new BadRequestException("parameter 'prefix' is required");
    }
    if (prefix.length() > MAX_PREFIX_CHARS) {
      throw new BadRequestException("prefix is longer than " + MAX_PREFIX_CHARS + " characters");
    }
    String wanted = TextNormalizer.simplified(prefix.strip());
    List<Suggestion> found = new ArrayList<>();
    for (Suggestion name : names(snapshot)) {
      if (name.text().startsWith(wanted)) {
        found.add(name);
      }
    }
    ScoreDoc[] titles = snapshot.searcher().search(new PrefixQuery(new Term(IndexSchema.TITLE_EXACT, wanted)), max).scoreDocs;
    for (ScoreDoc doc : titles) {
      found.add(new Suggestion(snapshot.load(doc.doc).title(), "title", 1));
    }
    return found.stream()
        .sorted(Comparator.comparing((Suggestion s) -> -s.count()).thenComparing(Suggestion::text))
        .distinct()
        .limit(max)
        .toList();
  }

  private synchronized List<Suggestion> names(IndexSnapshot snapshot) throws IOException {
    IndexReader reader = snapshot.searcher().getIndexReader();
    if (reader != namesReader) {
      namesReader = reader;
      names = snapshot.facets() == null ? List.of() : countNames(snapshot);
    }
    return names;
  }

  private static List<Suggestion> countNames(IndexSnapshot snapshot) throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snapshot.facets().state());
    List<Suggestion> all = new ArrayList<>();
    for (String dim : snapshot.facets().state().getDims()) {
      if (TYPES.containsKey(dim)) {
        collect(counts, dim, TYPES.get(dim), new String[0], all);
      }
    }
    return all;
  }

  private static void collect(SortedSetDocValuesFacetCounts counts, String dim, String type, String[] path, List<Suggestion> into)
      throws IOException {
    FacetResult result = counts.getAllChildren(dim, path);
    if (result == null) {
      return;
    }
    for (LabelAndValue child : result.labelValues) {
      into.add(new Suggestion(child.label, type, child.value.longValue()));
      if (dim.equals(IndexSchema.FACET_REGION)) {
        String[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
        childPath[path.length] = child.label;
        collect(counts, dim, type, childPath, into);
      }
    }
  }
}
