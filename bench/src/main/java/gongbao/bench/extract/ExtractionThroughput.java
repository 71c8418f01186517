package gongbao.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.seg.Segment;
import gongbao.bench.SharedData;
import gongbao.ingest.analysis.HanLpSegmenters;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleKind;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import gongbao.ingest.article.Source;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.extract.ArticleText;
import gongbao.ingest.extract.MetadataExtractor;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The cost of the extraction step, one thread, on rmrb articles: {@code bench/run ExtractionThroughput
 * [articles]}. Prints characters per second for bare HanLP segmentation of the same text, for the
 * extraction's one segmentation (normalise and segment in pieces), and for the metadata and reprint
 * steps on those tokens. A warm-up pass runs first.
 */
public final class ExtractionThroughput {

  private ExtractionThroughput() {}

  public static void main(String[] args) throws Exception {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
    List<Article> articles = read(SharedData.require("rmrb/rmrb-articles.jsonl.gz"), limit);
    long chars = articles.stream().mapToLong(a -> a.title().length() + a.bodyText().length()).sum();
    MetadataExtractor extractor = MetadataExtractor.builtIn();
    run(articles, extractor);
    Segment bare = HanLpSegmenters.newSegmenter();
    long start = System.nanoTime();
    long terms = 0;
    for (Article article : articles) {
      terms += bare.seg(article.title()).size();
      for (Paragraph paragraph : article.paragraphs()) {
        terms += bare.seg(paragraph.text()).size();
      }
    }
    double bareSeconds = (System.nanoTime() - start) / 1e9;
    double[] seconds = run(articles, extractor);
    System.out.printf(Locale.ROOT, "rmrb: %d articles, %d characters, one thread (%d terms)%n", articles.size(),
        chars, terms);
    System.out.printf(Locale.ROOT, "bare HanLP segmentation:        %6.1f s  %,10.0f chars/s%n", bareSeconds,
        chars / bareSeconds);
    System.out.printf(Locale.ROOT, "extraction's segmentation:      %6.1f s  %,10.0f chars/s%n", seconds[0],
        chars / seconds[0]);
    System.out.printf(Locale.ROOT, "metadata + reprints on tokens:  %6.1f s  %,10.0f chars/s%n", seconds[1],
        chars / seconds[1]);
    System.out.printf(Locale.ROOT, "segmentation + extraction:      %6.1f s  %,10.0f chars/s (%.2f × bare)%n",
        seconds[0] + seconds[1], chars / (seconds[0] + seconds[1]), bareSeconds / (seconds[0] + seconds[1]));
  }

  /** Seconds spent segmenting, and extracting on the tokens. */
  private static double[] run(List<Article> articles, MetadataExtractor extractor) {
    ArticleSegmenter segmenter = new ArticleSegmenter();
    ReprintClusterer clusterer = PageExtraction.newClusterer();
    long segmentNanos = 0;
    long extractNanos = 0;
    for (Article article : articles) {
      long start = System.nanoTime();
      ArticleText text = segmenter.segment(article);
      long middle = System.nanoTime();
      extractor.extract(article, text, null);
      clusterer.assign(article.id(), PageExtraction.reprintText(article));
      long end = System.nanoTime();
      segmentNanos += middle - start;
      extractNanos += end - middle;
    }
    return new double[] {segmentNanos / 1e9, extractNanos / 1e9};
  }

  private static List<Article> read(Path file, int limit) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && articles.size() < limit) {
        JsonNode node = mapper.readTree(line);
        List<Paragraph> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(Paragraph.body(p.asText())));
        String id = "rmrb/" + node.path("date").asText() + "/" + node.path("page").asText() + "/"
            + node.path("seq").asText();
        articles.add(new Article(id, "rmrb", null, false, null, null, null, ArticleKind.NEWS, null,
            node.path("title").asText(), null, Byline.NONE, null, paragraphs, List.of(), null, false, List.of(),
            List.of(), List.of(), List.of(), List.of(), null, null, new Source(id, 0, 0, List.of())));
      }
    }
    return articles;
  }
}
