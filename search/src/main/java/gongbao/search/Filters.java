package gongbao.search;

import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.query.RegionValues;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The filters a search, a trend, an export or a KWIC request may carry. Within one dimension the
 * values are alternatives (any of); across dimensions they all apply. A region names one place, by
 * path ({@code 浙江省/宁波市}), name ({@code 宁波市}) or GB/T 2260 code ({@code 330200}), see {@link
 * RegionValues}, and is kept as that place's path (an unknown code as it is); a kind is an {@link ArticleKind} id.
 * Validated on construction.
 */
public record Filters(
    List<String> regions,
    List<String> unions,
    List<String> topics,
    List<String> papers,
    List<String> persons,
    List<String> kinds,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  /**
   * Most filter values one request may carry, in all dimensions together. Each value is a clause of the Lucene query,
   * which holds at most {@link Searcher#MAX_QUERY_TERMS} with the query string's own (about 2,000 at the parser's
   * limits). A reader choosing from the facets picks a handful.
   */
  public static final int MAX_VALUES = 100;

  public static final Filters NONE =
      new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

  public Filters {
    regions = regions.stream().map(RegionValues::filterValue).distinct().toList();
    unions = List.copyOf(unions);
    topics = List.copyOf(topics);
    papers = List.copyOf(papers);
    persons = List.copyOf(persons);
    kinds = List.copyOf(kinds);
    int values = regions.size() + unions.size() + topics.size() + papers.size() + persons.size() + kinds.size();
    if (values > MAX_VALUES) {
      throw new BadRequestException(
          "at most " + MAX_VALUES + " filter values are allowed in one request, not " + values);
    }
    kinds.forEach(Filters::checkKind);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** Facet dimension to the values chosen in it, for the dimensions that have any. */
  public Map<String, List<String>> byDimension() {
    Map<String, List<String>> dims = new LinkedHashMap<>();
    put(dims, IndexSchema.FACET_REGION, regions);
    put(dims, IndexSchema.FACET_UNION, unions);
    put(dims, IndexSchema.FACET_TOPIC, topics);
    put(dims, IndexSchema.FACET_PAPER, papers);
    put(dims, IndexSchema.FACET_PERSON, persons);
    put(dims, IndexSchema.FACET_KIND, kinds);
    return dims;
  }

  /** Refuses a kind that is not an {@link ArticleKind} id. */
  public static void checkKind(String kind) {
    List<String> ids = Arrays.stream(ArticleKind.values()).map(ArticleKind::id).toList();
    if (!ids.contains(kind)) {
      throw new BadRequestException("kind must be one of " + String.join(", ", ids) + ", not '" + kind + "'");
    }
  }

  private static void put(Map<String, List<String>> dims, String dim, List<String> values) {
    if (!values.isEmpty()) {
      dims.put(dim, values);
    }
  }
}
