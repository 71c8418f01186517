package gongbao.bench.scale;

import gongbao.bench.Folders;
import gongbao.bench.RmrbPageFiles;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.extract.ExtractedArticle;
import gongbao.ingest.extract.MetadataExtractor;
import gongbao.ingest.extract.PageExtraction;
import gongbao.ingest.extract.reprint.ReprintClusterer;
import gongbao.ingest.index.IndexSchema;
import gongbao.ingest.page.Page;
import gongbao.ingest.page.PageReader;
import gongbao.ingest.page.PaperCatalog;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * What each searchable view of the text costs to index: the rmrb pages are read, split and extracted
 * once, then written to a new index, with the tokens given, round after round in four shapes — as the
 * ingest writes them (word and character fields), without the character fields, with the character
 * fields as one-character terms instead of bigrams (an alternative the search side does not read),
 * and without either text view — next to bare HanLP segmentation of the same pages in the same run.
 * It answers how much of the index stage each view takes and what the 0.6 × bare HanLP target leaves
 * for it; one thread, the ingest's writer settings.
 *
 * <p>Usage: {@code bench/run IndexViews [--rounds N]}; medians of N rounds (default 3).
 */
public final class IndexViews {

  private static final Set<String> CHARACTER_FIELDS = Set.of(IndexSchema.HEADLINE_CHARS, IndexSchema.BODY_CHARS);
  private static final Set<String> WORD_FIELDS = Set.of(IndexSchema.HEADLINE_WORDS, IndexSchema.BODY_WORDS);

  /** A shape of the document: a name and what it does to the document the ingest would write. */
  private record Shape(String name, UnaryOperator<Document> change) {}

  private IndexViews() {}

  public static void main(String[] args) throws Exception {
    int rounds = SearchBenchmark.intArg(args, "--rounds", 3);
    RmrbPageFiles pages = RmrbPageFiles.write();
    List<List<ExtractedArticle>> extracted = extract(pages);
    List<Shape> shapes = List.of(
        new Shape("as indexed: word and character fields", doc -> doc),
        new Shape("without the character fields", doc -> without(doc, CHARACTER_FIELDS)),
        new Shape("character fields as one-character terms", IndexViews::withUnigrams),
        new Shape("without word or character fields",
            doc -> without(without(doc, CHARACTER_FIELDS), WORD_FIELDS)));
    double[] bare = new double[rounds];
    double[][] seconds = new double[shapes.size()][rounds];
    long[] bytes = new long[shapes.size()];
    for (int r = 0; r < rounds; r++) {
      bare[r] = IngestBenchmark.bareSegmentation(pages.texts(), 1);
      for (int s = 0; s < shapes.size(); s++) {
        Path index = Files.createTempDirectory("gongbao-index-views");
        try {
          long t0 = System.nanoTime();
          write(extracted, shapes.get(s).change(), index);
          seconds[s][r] = (System.nanoTime() - t0) / 1e9;
          bytes[s] = size(index);
        } finally {
          Folders.deleteTree(index);
        }
        System.err.printf(Locale.ROOT, "round %d: %s %.1f s%n", r + 1, shapes.get(s).name(), seconds[s][r]);
      }
    }
    Folders.deleteTree(pages.corpus());
    double bareSeconds = IngestBenchmark.median(bare);
    System.out.printf(Locale.ROOT, "# Index stage by view: %,d pages, %,d characters; one thread; medians of %d round(s)%n%n",
        pages.files().size(), pages.characters(), rounds);
    System.out.printf(Locale.ROOT, "bare HanLP (the bound): %.1f s%n%n", bareSeconds);
    System.out.println("| document shape | index + commit seconds | × bare HanLP time | index MiB |");
    System.out.println("|---|---:|---:|---:|");
    for (int s = 0; s < shapes.size(); s++) {
      double median = IngestBenchmark.median(seconds[s]);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.0f |%n",
          shapes.get(s).name(), median, median / bareSeconds, bytes[s] / 1048576.0);
    }
  }

  private static List<List<ExtractedArticle>> extract(RmrbPageFiles pages) throws Exception {
    PageReader reader = new PageReader(new PaperCatalog());
    ArticleSplitter splitter = new ArticleSplitter();
    PageExtraction extraction = new PageExtraction(MetadataExtractor.builtIn());
    ReprintClusterer clusterer = PageExtraction.newClusterer();
    List<List<ExtractedArticle>> extracted = new ArrayList<>();
    for (Path file : pages.files()) {
      Page page = reader.read(file);
      extracted.add(PageExtraction.withClusters(extraction.withMetadata(page, splitter.split(page)), clusterer));
    }
    return extracted;
  }

  /** Every page, each article's document changed by {@code change}, with the ingest's writer settings. */
  private static void write(List<List<ExtractedArticle>> pages, UnaryOperator<Document> change, Path index)
      throws IOException {
    FacetsConfig facets = IndexSchema.facetsConfig();
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setRAMBufferSizeMB(512);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), config)) {
      for (List<ExtractedArticle> page : pages) {
        if (page.isEmpty()) {
          continue;
        }
        List<Document> docs = new ArrayList<>();
        for (ExtractedArticle article : page) {
          docs.add(change.apply(
              IndexSchema.toDocument(article.article(), article.text(), article.reprintSignature(), facets)));
        }
        writer.updateDocuments(new Term(IndexSchema.PAGE_KEY, IndexSchema.pageKey(page.get(0).article().id())), docs);
      }
      writer.commit();
    }
  }

  private static Document without(Document doc, Set<String> fields) {
    fields.forEach(doc::removeFields);
    return doc;
  }

  /** The character fields' text indexed as one term per letter, digit or ideograph, with positions. */
  private static Document withUnigrams(Document doc) {
    for (String field : CHARACTER_FIELDS) {
      String text = doc.get(field);
      doc.removeFields(field);
      Tokenizer unigrams = new UnigramTokenizer();
      unigrams.setReader(new StringReader(text));
      doc.add(new TextField(field, unigrams));
    }
    return doc;
  }

  private static long size(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.mapToLong(file -> file.toFile().length()).sum();
    }
  }

  /** One token per letter, digit or ideograph (UTF-16 unit; the rmrb text has no supplementary characters). */
  private static final class UnigramTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final char[] buffer = new char[4096];
    private int length;
    private int index;
    private int position;

    @Override
    public boolean incrementToken() throws IOException {
      clearAttributes();
      while (true) {
        if (index >= length) {
          length = input.read(buffer, 0, buffer.length);
          index = 0;
          if (length <= 0) {
            length = 0;
            return false;
          }
        }
        char c = buffer[index++];
        int start = position++;
        if (Character.isLetterOrDigit(c) || Character.isIdeographic(c)) {
          term.setEmpty().append(c);
          offset.setOffset(correctOffset(start), correctOffset(position));
          return true;
        }
      }
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      length = 0;
      index = 0;
      position = 0;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(correctOffset(position), correctOffset(position));
    }
  }
}
