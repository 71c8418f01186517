package gongbao.search.web.html;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.Filters;
import gongbao.search.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A search as a shareable URL: the query, the filters and the order. Every facet choice on the page
 * is a link to this search with one filter added or removed, so the page works without JavaScript.
 * The parameters are the API's ({@code q, region, union, topic, paper, person, kind, from, to, sort}).
 */
public record SearchLink(String query, Filters filters, SortOrder sort) {

  /** The filter dimensions, in the order they appear in URLs. */
  public static final List<String> DIMENSIONS = List.of(
      IndexSchema.FACET_REGION, IndexSchema.FACET_UNION, IndexSchema.FACET_TOPIC,
      IndexSchema.FACET_PAPER, IndexSchema.FACET_PERSON, IndexSchema.FACET_KIND);

  /** A browse of every article with one filter value, as the tags of an article page link to. */
  public static SearchLink browse(String dimension, String value) {
    return new SearchLink("", Filters.NONE, SortOrder.NEWEST).adding(dimension, value);
  }

  public String href() {
    return "/?" + queryString(true);
  }

  public String pageHref(int page) {
    return href() + "&page=" + page;
  }

  public String cursorHref(String cursor) {
    return href() + "&cursor=" + encode(cursor);
  }

  /** The trends page for the same query and filters. */
  public String trendsHref() {
    return "/trends?" + queryString(false);
  }

  public boolean isFiltered() {
    return !filters.byDimension().isEmpty() || filters.from() != null || filters.to() != null;
  }

  public List<String> values(String dimension) {
    return switch (dimension) {
      case IndexSchema.FACET_REGION -> filters.regions();
      case IndexSchema.FACET_UNION -> filters.unions();
      case IndexSchema.FACET_TOPIC -> filters.topics();
      case IndexSchema.FACET_PAPER -> filters.papers();
      case IndexSchema.FACET_PERSON -> filters.persons();
      case IndexSchema.FACET_KIND -> filters.kinds();
      default -> throw new IllegalArgumentException("not a filter dimension: " + dimension);
    };
  }

  public boolean has(String dimension, String value) {
    return values(dimension).contains(value);
  }

  /**
   * This search with one more value; this search itself when it already has the value, or as many values as
   * {@link Filters#MAX_VALUES}, so that a page at the limit still renders (its links to add a value lead nowhere new).
   */
  public SearchLink adding(String dimension, String value) {
    if (has(dimension, value) || valueCount() >= Filters.MAX_VALUES) {
      return this;
    }
    List<String> values = new ArrayList<>(values(dimension));
    values.add(value);
    return with(dimension, values);
  }

  private int valueCount() {
    return DIMENSIONS.stream().mapToInt(dimension -> values(dimension).size()).sum();
  }

  public SearchLink removing(String dimension, String value) {
    List<String> values = new ArrayList<>(values(dimension));
    values.remove(value);
    return with(dimension, values);
  }

  /** Only articles of one calendar year. */
  /**
   * The search within {@code year}: the part of the chosen dates that falls in it, or the whole year, so that following
   * a year's facet value finds as many articles as the value shows (it is counted within the chosen dates).
   */
  public SearchLink year(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    LocalDate from = filters.from() != null && filters.from().isAfter(first) ? filters.from() : first;
    LocalDate to = filters.to() != null && filters.to().isBefore(last) ? filters.to() : last;
    return from.isAfter(to) ? dates(first, last) : dates(from, to);
  }

  public SearchLink dates(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new SearchLink(query, new Filters(filters.regions(), filters.unions(), filters.topics(),
        filters.papers(), filters.persons(), filters.kinds(), from, to), sort);
  }

  public SearchLink sortedBy(SortOrder order) {
    return new SearchLink(query, filters, order);
  }

  /** Drops every filter, keeping the query. */
  public SearchLink unfiltered() {
    return new SearchLink(query, Filters.NONE, sort);
  }

  private SearchLink with(String dimension, List<String> values) {
    List<List<String>> all = new ArrayList<>();
    for (String dim : DIMENSIONS) {
      all.add(dim.equals(dimension) ? values : values(dim));
    }
    return new SearchLink(query, new Filters(all.get(0), all.get(1), all.get(2), all.get(3), all.get(4),
        all.get(5), filters.from(), filters.to()), sort);
  }

  private String queryString(boolean withSort) {
    StringBuilder url = new StringBuilder("q=").append(encode(query));
    for (String dimension : DIMENSIONS) {
      for (String value : values(dimension)) {
        url.append('&').append(dimension).append('=').append(encode(value));
      }
    }
    if (filters.from() != null) {
      url.append("&from=").append(filters.from());
    }
    if (filters.to() != null) {
      url.append("&to=").append(filters.to());
    }
    if (withSort && sort != SortOrder.RELEVANCE) {
      url.append("&sort=").append(sort.name().toLowerCase(Locale.ROOT));
    }
    return url.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
