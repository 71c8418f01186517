package gongbao.search;

import gongbao.ingest.analysis.TextNormalizer;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.api.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.jspecify.annotations.Nullable;

/**
 * Completions for a prefix: union, region and person names from the facet counts of the whole index
 * (counted once per reader), and the article titles the most articles carry. A prefix in traditional characters is
 * read as simplified, as the archive's text is.
 */
final class Suggester {

  static final int MAX_PREFIX_CHARS = 50;
  /** The most titles read for one prefix. */
  static final int MAX_TITLES_READ = 20_000;
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
    found.addAll(titles(snapshot.searcher().getIndexReader(), wanted, max));
    return found.stream()
        .sorted(Comparator.comparing((Suggestion s) -> -s.count()).thenComparing(Suggestion::text))
        .distinct()
        .limit(max)
        .toList();
  }

  /**
   * The titles starting with {@code prefix} that the most articles carry, at most {@code max}, each with the number of
   * articles that carry it (a story reprinted under its title counts every printing; an article replaced by a later
   * ingest of its page does not). The titles are read as terms of the exact-title field, at most {@link
   * #MAX_TITLES_READ} of them, so that a one-character prefix costs a bounded time on any archive.
   */
  private static List<Suggestion> titles(IndexReader reader, String prefix, int max) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.TITLE_EXACT);
    if (terms == null) {
      return List.of();
    }
    Bits live = MultiBits.getLiveDocs(reader);
    BytesRef wanted = new BytesRef(prefix);
    // the least wanted first: fewest articles, then last in the order the answer lists equal counts in
    PriorityQueue<Suggestion> kept = new PriorityQueue<>(
        Comparator.comparingLong(Suggestion::count).thenComparing(Suggestion::text, Comparator.reverseOrder()));
    TermsEnum titles = terms.iterator();
    PostingsEnum articles = null;
    BytesRef title = titles.seekCeil(wanted) == TermsEnum.SeekStatus.END ? null : titles.term();
    for (int read = 0; title != null && StringHelper.startsWith(title, wanted) && read < MAX_TITLES_READ; read++) {
      articles = titles.postings(articles, PostingsEnum.NONE);
      int count = 0;
      for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
        if (live == null || live.get(doc)) {
          count++;
        }
      }
      if (count > 0) {
        kept.add(new Suggestion(title.utf8ToString(), "title", count));
        if (kept.size() > max) {
          kept.poll();
        }
      }
      title = titles.next();
    }
    return new ArrayList<>(kept);
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
