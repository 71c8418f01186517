package gongbao.search;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.index.IndexSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Writes every match, batch by batch in id order (searchAfter), so memory stays constant however
 * many there are. CSV starts with a byte-order mark so spreadsheets read the Chinese text as UTF-8.
 */
final class MatchExporter {

  static final int BATCH = 500;
  static final List<String> CSV_COLUMNS = List.of(
      "id", "paper", "paper_name", "date", "date_inferred", "page", "kind", "kicker", "title", "subtitle",
      "byline", "regions", "unions", "topics", "persons", "keywords", "cluster", "text");
  private static final Sort BY_ID = new Sort(new SortField(IndexSchema.ID, SortField.Type.STRING));

  private MatchExporter() {}

  /** Returns the number of articles written. */
  static long export(IndexSnapshot snapshot, Query query, ExportFormat format, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (format == ExportFormat.CSV) {
      writer.write('\uFEFF');
      writeCsvRow(writer, CSV_COLUMNS);
    }
    long written = 0;
    FieldDoc after = null;
    while (true) {
      TopFieldDocs batch = snapshot.searcher().searchAfter(after, query, BATCH, BY_ID, false);
      for (ScoreDoc doc : batch.scoreDocs) {
        if (format == ExportFormat.CSV) {
          Article article = snapshot.load(doc.doc);
          writeCsvRow(writer, csvValues(article, snapshot.paperName(article.paper())));
        } else {
          writer.write(ArticleJson.write(snapshot.loadWhole(doc.doc)));
          writer.write('\n');
        }
        written++;
      }
      if (batch.scoreDocs.length < BATCH) {
        break;
      }
      after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
      writer.flush();
    }
    writer.flush();
    return written;
  }

  private static List<String> csvValues(Article a, String paperName) {
    return List.of(
        a.id(), a.paper(), paperName, a.date() == null ? "" : a.date().toString(), String.valueOf(a.dateInferred()),
        nullToEmpty(a.page()), a.kind().id(), nullToEmpty(a.kicker()), a.title(), nullToEmpty(a.subtitle()),
        String.join(" ", a.byline().allNames()),
        a.regions().stream().filter(r -> r.role() == RegionMention.Role.ABOUT).map(RegionMention::path).collect(Collectors.joining("; ")),
        a.unions().stream().map(UnionMention::name).collect(Collectors.joining("; ")),
        a.topics().stream().map(TopicScore::id).collect(Collectors.joining("; ")),
        String.join("; ", a.persons()), String.join("; ", a.keywords()), nullToEmpty(a.cluster()),
        a.searchableText());
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** One CSV row ({@link CsvCell}), CRLF at the end. */
  static void writeCsvRow(Writer writer, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(CsvCell.of(values.get(i)));
    }
    writer.write("\r\n");
  }
}
