package gongbao.bench.scale;

import gongbao.bench.RmrbRecord;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.article.Source;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.extract.ArticleText;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IndexSchema;
import gongbao.ingest.page.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * An index of {@code copies} × the rmrb articles, each copy with its own ids, its own paper (of
 * four) and its dates moved back one year per copy, so that 20 copies span 20 years. Built once and
 * reused by later runs.
 */
final class ScaleIndex {

  static final List<Paper> PAPERS = List.of(
      new Paper("rmrb-a", "人民日报(甲)", null, null), new Paper("rmrb-b", "人民日报(乙)", "330000", null),
      new Paper("rmrb-c", "人民日报(丙)", "320000", null), new Paper("rmrb-d", "人民日报(丁)", "500000", null));

  private ScaleIndex() {}

  /** Builds the index in {@code dir} unless a complete one is there; returns the build's seconds or 0. */
  static double ensure(Path dir, List<RmrbRecord> records, int copies, int threads) throws Exception {
    Path done = dir.resolve("complete-" + copies);
    if (Files.exists(done)) {
      return 0;
    }
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dir);
    long start = System.nanoTime();
    AtomicInteger written = new AtomicInteger();
    int total = records.size() * copies;
    ArticleText[] texts = segmentOnce(records, threads);
    try (ArticleIndexWriter writer = new ArticleIndexWriter(dir)) {
      PAPERS.forEach(writer::registerPaper);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int part = t;
        parts.add(pool.submit(() -> {
          for (int i = part; i < total; i += threads) {
            Article article = article(records.get(i % records.size()), i / records.size());
            ExtractedArticle extracted = new ExtractedArticle(article, texts[i % records.size()], null);
            try {
              writer.replaceExtractedPage(IndexSchema.pageKey(article.id()), List.of(extracted));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            int n = written.incrementAndGet();
            if (n % 20_000 == 0) {
              System.err.printf("  indexed %,d of %,d articles%n", n, total);
            }
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
      pool.shutdown();
      writer.commit();
    }
    Files.createFile(done);
    return (System.nanoTime() - start) / 1e9;
  }

  /** Each record's text segmented once; every copy of a record has the same text, so it reuses these tokens. */
  private static ArticleText[] segmentOnce(List<RmrbRecord> records, int threads) throws Exception {
    ArticleText[] texts = new ArticleText[records.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int part = t;
      parts.add(pool.submit(() -> {
        ArticleSegmenter segmenter = new ArticleSegmenter();
        for (int i = part; i < records.size(); i += threads) {
          texts[i] = segmenter.segment(article(records.get(i), 0));
        }
        return null;
      }));
    }
    for (Future<?> part : parts) {
      part.get();
    }
    pool.shutdown();
    return texts;
  }

  /** Copy {@code copy} of a record: its own id, paper and date. */
  static Article article(RmrbRecord record, int copy) {
    Paper paper = PAPERS.get(copy % PAPERS.size());
    LocalDate date = LocalDate.parse(record.date()).minusYears(copy);
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
