package gongbao.bench.scale;

import gongbao.ingest.index.IndexSchema;
import gongbao.search.Filters;
import gongbao.search.SortOrder;
import gongbao.search.query.LuceneQueryBuilder;
import gongbao.search.query.QueryParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** One query of the mix: the same search as an API URL and as a raw Lucene query. */
record BenchQuery(String q, List<String> papers, LocalDate from, LocalDate to, SortOrder sort, int page) {

  static final int SIZE = 10;

  String url() {
    StringBuilder url = new StringBuilder("/api/v1/search?size=" + SIZE + "&page=" + page);
    url.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
    url.append("&sort=").append(sort.name().toLowerCase(Locale.ROOT));
    papers.forEach(p -> url.append("&paper=").append(p));
    if (from != null) {
      url.append("&from=").append(from);
    }
    if (to != null) {
      url.append("&to=").append(to);
    }
    return url.toString();
  }

  Filters filters() {
    return new Filters(List.of(), List.of(), List.of(), papers, List.of(), List.of(), from, to);
  }

  /** The query alone, as Lucene runs it: parsed and built by Gongbao's builder, filters as plain filters. */
  Query lucene(LuceneQueryBuilder builder) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(builder.build(QueryParser.parse(q)), Occur.MUST);
    if (!papers.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      papers.forEach(p -> any.add(new TermQuery(new Term(IndexSchema.PAPER, p)), Occur.SHOULD));
      query.add(any.build(), Occur.FILTER);
    }
    if (from != null || to != null) {
      query.add(LongPoint.newRangeQuery(IndexSchema.DATE,
          from == null ? Long.MIN_VALUE : from.toEpochDay(), to == null ? Long.MAX_VALUE : to.toEpochDay()), Occur.FILTER);
    }
    return query.build();
  }

  Sort luceneSort() {
    SortField byId = new SortField(IndexSchema.ID, SortField.Type.STRING);
    if (sort == SortOrder.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, byId);
    }
    return new Sort(new SortField(IndexSchema.DATE, SortField.Type.LONG, sort == SortOrder.NEWEST), byId);
  }

  /** The fixed mix: one to three words, phrases, filters, date ranges, newest-first, deep pages. */
  static List<BenchQuery> mix() {
    LocalDate y2010 = LocalDate.of(2010, 1, 1);
    LocalDate y2015 = LocalDate.of(2015, 12, 31);
    return List.of(
        simple("工会"), simple("职工"), simple("劳动"), simple("疫情"), simple("脱贫"),
        simple("工会 职工"), simple("疫情 防控"), simple("复工 复产"), simple("乡村 振兴"), simple("科技 创新"),
        simple("疫情 防控 复工"), simple("劳动 模范 表彰"), simple("党中央 国务院 部署"),
        simple("\"脱贫攻坚\""), simple("\"新冠肺炎\""), simple("\"高质量发展\""), simple("\"全国总工会\""),
        simple("\"人类命运共同体\""), simple("\"工\""),
        simple("经济 -疫情"), simple("工会 OR 职工"), simple("title:疫情"),
        new BenchQuery("工会", List.of("rmrb-b"), null, null, SortOrder.RELEVANCE, 1),
        new BenchQuery("疫情 防控", List.of("rmrb-a", "rmrb-c"), null, null, SortOrder.RELEVANCE, 1),
        new BenchQuery("经济", List.of(), y2010, y2015, SortOrder.RELEVANCE, 1),
        new BenchQuery("\"脱贫攻坚\"", List.of("rmrb-d"), y2010, y2015, SortOrder.RELEVANCE, 1),
        new BenchQuery("工会", List.of(), null, null, SortOrder.NEWEST, 1),
        new BenchQuery("职工 劳动", List.of(), null, null, SortOrder.OLDEST, 1),
        new BenchQuery("发展", List.of("rmrb-a"), null, null, SortOrder.NEWEST, 1),
        new BenchQuery("工会", List.of(), null, null, SortOrder.RELEVANCE, 50),
        new BenchQuery("发展", List.of(), null, null, SortOrder.NEWEST, 100),
        new BenchQuery("\"习近平\"", List.of(), null, null, SortOrder.RELEVANCE, 200));
  }

  private static BenchQuery simple(String q) {
    return firstPage(q, SortOrder.RELEVANCE);
  }

  /** The first page of {@code q}, unfiltered, in {@code sort} order. */
  static BenchQuery firstPage(String q, SortOrder sort) {
    return new BenchQuery(q, List.of(), null, null, sort, 1);
  }
}
