package gongbao.bench.scale;

import gongbao.bench.Folders;
import gongbao.bench.Parallel;
import gongbao.bench.RmrbRecord;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.article.Source;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.extract.ArticleText;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.extract.MetadataExtractor;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import gongbao.ingest.page.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * An index of {@code copies} × the rmrb articles, each copy with its own ids, its own paper (of
 * four) and its dates moved back 52 weeks per copy (years would move 29 February onto 28 February),
 * so that 20 copies span 20 years. Each page's articles are written together (writing a page
 * replaces it), and the build checks that the index holds every article. Each record is segmented and its
 * metadata extracted once (regions, unions, topics, persons, keywords, as the ingest does, with no paper's home
 * region), and all its copies reuse them, so the facets hold what a real archive's do. Built once and reused by later
 * runs; an index built without metadata (before 2026-11-24) is rebuilt.
 */
final class ScaleIndex {

  static final List<Paper> PAPERS = List.of(
      new Paper("rmrb-a", "人民日报(甲)", null, null), new Paper("rmrb-b", "人民日报(乙)", "330000", null),
      new Paper("rmrb-c", "人民日报(丙)", "320000", null), new Paper("rmrb-d", "人民日报(丁)", "500000", null));

  private ScaleIndex() {}

  /** Builds the index in {@code dir} unless a complete one is there; returns the build's seconds or 0. */
  static double ensure(Path dir, List<RmrbRecord> records, int copies, int threads) throws Exception {
    Path done = completeMarker(dir, copies);
    if (Files.exists(done)) {
      return 0;
    }
    Folders.deleteTree(dir);
    Files.createDirectories(dir);
    long start = System.nanoTime();
    AtomicInteger written = new AtomicInteger();
    int total = records.size() * copies;
    ExtractedArticle[] extracted = extractOnce(records, threads);
    List<List<Integer>> pages = pages(records);
    int units = pages.size() * copies;
    try (ArticleIndexWriter writer = new ArticleIndexWriter(dir)) {
      PAPERS.forEach(writer::registerPaper);
      Parallel.run(threads, (part, parts) -> {
        for (int unit = part; unit < units; unit += parts) {
          int copy = unit / pages.size();
          List<ExtractedArticle> articles = new ArrayList<>();
          for (int record : pages.get(unit % pages.size())) {
            articles.add(copy(records.get(record), copy, extracted[record]));
          }
          writer.replaceExtractedPage(IndexSchema.pageKey(articles.get(0).article().id()), articles);
          int before = written.getAndAdd(articles.size());
          if ((before + articles.size()) / 20_000 > before / 20_000) {
            System.err.printf("  indexed %,d of %,d articles%n", before + articles.size(), total);
          }
        }
      });
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      if (reader.numDocs() != total) {
        throw new IllegalStateException("the index holds " + reader.numDocs() + " articles, not " + total);
      }
    }
    Files.createFile(done);
    return (System.nanoTime() - start) / 1e9;
  }

  /** Record indexes grouped by page (date and page number), in order: a page's articles are written together. */
  private static List<List<Integer>> pages(List<RmrbRecord> records) {
    Map<String, List<Integer>> pages = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      pages.computeIfAbsent(records.get(i).date() + "/" + records.get(i).page(), key -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(pages.values());
  }

  /** The file whose presence marks a complete index of {@code copies} copies with metadata in {@code dir}. */
  static Path completeMarker(Path dir, int copies) {
    return dir.resolve("complete-" + copies + "-with-metadata");
  }

  /**
   * Each record segmented and its metadata extracted once, as copy 0; every copy of a record has the same text, so
   * it reuses these tokens and this metadata.
   */
  private static ExtractedArticle[] extractOnce(List<RmrbRecord> records, int threads) throws Exception {
    ExtractedArticle[] extracted = new ExtractedArticle[records.size()];
    Parallel.run(threads, (part, parts) -> {
      ArticleSegmenter segmenter = new ArticleSegmenter();
      MetadataExtractor metadata = MetadataExtractor.builtIn();
      for (int i = part; i < records.size(); i += parts) {
        Article article = article(records.get(i), 0);
        ArticleText text = segmenter.segment(article);
        extracted[i] = new ExtractedArticle(metadata.extract(article, text, null), text, null);
      }
    });
    return extracted;
  }

  /** Copy {@code copy} of a record, with the tokens and metadata extracted from it once. */
  private static ExtractedArticle copy(RmrbRecord record, int copy, ExtractedArticle extracted) {
    Article first = extracted.article();
    Article article = article(record, copy).withMetadata(first.regions(), first.unions(), first.topics(),
        first.persons(), first.keywords(), first.summary(), null);
    return new ExtractedArticle(article, extracted.text(), null);
  }

  /** Copy {@code copy} of a record: its own id, paper and date. */
  static Article article(RmrbRecord record, int copy) {
    Paper paper = PAPERS.get(copy % PAPERS.size());
    LocalDate date = LocalDate.parse(record.date()).minusWeeks(52L * copy);
    String id = paper.id() + ":" + date + ":c" + copy + "p" + record.page() + ":" + record.seq();
    return new Article(
        id, paper.id(), date, false, String.valueOf(record.page()), null, null, ArticleKind.NEWS,
        blankToNull(record.kicker()), record.title().isBlank() ? "(无题)" : record.title(), blankToNull(record.subtitle()),
        Byline.NONE, null, record.paragraphs().stream().map(Paragraph::body).toList(), List.of(), null, false,
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        new Source(RmrbRecord.FILE, 0, 0, List.of()));
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
