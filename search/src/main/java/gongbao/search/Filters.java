package gongbao.search;

import gongbao.ingest.index.IndexSchema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The filters a search, a trend, an export or a KWIC request may carry. Within one dimension the
 * values are alternatives (any of); across dimensions they all apply. A region is a path of names
 * ({@code 浙江省/宁波市}) or a GB/T 2260 code ({@code 330200}).
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

  public static final Filters NONE =
      new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

  public Filters {
    regions = List.copyOf(regions);
    unions = List.copyOf(unions);
    topics = List.copyOf(topics);
    papers = List.copyOf(papers);
    persons = List.copyOf(persons);
    kinds = List.copyOf(kinds);
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

  private static void put(Map<String, List<String>> dims, String dim, List<String> values) {
    if (!values.isEmpty()) {
      dims.put(dim, values);
    }
  }
}
