package gongbao.ingest.index;

import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.analysis.TextQueries;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleJson;
import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.article.UnionMention;
import gongbao.ingest.extract.ArticleText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Field names of the index, the analyzer for each, and the mapping from an article to a Lucene
 * document. The search module reads the index through these names only.
 */
public final class IndexSchema {

  /** Article id; unique key. */
  public static final String ID = "id";
  /** {@code paper:date:page}: all articles of one page, replaced together on re-ingest. */
  public static final String PAGE_KEY = "page_key";
  public static final String PAPER = "paper";
  public static final String KIND = "kind";
  /** Epoch day of the issue date: a point for ranges, doc values for sorting. */
  public static final String DATE = "date";
  /** One keyword per credited name. */
  public static final String BYLINE = "byline";
  /** Regions the story is about: GB/T 2260 code, every path prefix, and every level's name. */
  public static final String REGION = "region";
  /** Canonical union names. */
  public static final String UNION = "union";
  /** Topic ids of the taxonomy. */
  public static final String TOPIC = "topic";
  /** People named in the story (not the byline staff). */
  public static final String PERSON = "person";
  /** The title as one keyword, for completions by prefix. */
  public static final String TITLE_EXACT = "title_exact";
  /** Kicker, title and subtitle. */
  public static final String HEADLINE_WORDS = "headline_words";
  public static final String HEADLINE_CHARS = "headline_chars";
  /** Body paragraphs, captions and reading tip. */
  public static final String BODY_WORDS = "body_words";
  public static final String BODY_CHARS = "body_chars";
  /** The whole article as JSON, for display. */
  public static final String ARTICLE_JSON = "article_json";

  /** How much more a match in the headline (kicker, title, subtitle) weighs than one in the body. */
  public static final float HEADLINE_BOOST = 3f;

  /** Weights of the word and the character clauses of an unquoted word (see the ranking evaluation). */
  public static final TextQueries.Weights TEXT_WEIGHTS = new TextQueries.Weights(1f, 1f);

  /** Facet dimensions; region is hierarchical (province/city/county), the others flat. */
  public static final String FACET_REGION = "region";
  public static final String FACET_UNION = "union";
  public static final String FACET_TOPIC = "topic";
  public static final String FACET_PAPER = "paper";
  public static final String FACET_YEAR = "year";
  public static final String FACET_PERSON = "person";
  public static final String FACET_KIND = "kind";
  public static final List<String> FACET_DIMENSIONS =
      List.of(FACET_REGION, FACET_UNION, FACET_TOPIC, FACET_PAPER, FACET_YEAR, FACET_PERSON, FACET_KIND);

  /** Reprint cluster id (the article's own id when it has no reprints), for counting distinct stories. */
  public static final String CLUSTER = "cluster";

  /** The article's reprint signature (MinHash, 32-bit values), for clustering articles of later runs with it. */
  public static final String REPRINT_SIGNATURE = "reprint_signature";

  /** Commit user-data key that records {@link GongbaoAnalyzers#VERSION}. */
  public static final String ANALYZER_VERSION_KEY = "analyzer_version";
  /** Commit user-data key: JSON object of paper id to paper name, for every paper in the index. */
  public static final String PAPERS_KEY = "papers";

  /**
   * The word fields keep frequencies but no positions: a word query needs all of its words, not in
   * order (strings in order are the character fields' job), so positions would only cost indexing time
   * and space.
   */
  private static final FieldType WORDS_TYPE = wordsType();

  private IndexSchema() {}

  private static FieldType wordsType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** The analyzer to index and query with. */
  public static Analyzer analyzer() {
    return analyzer(GongbaoAnalyzers.words());
  }

  /** The index analyzer with another analyzer for the word fields (for measuring alternatives). */
  public static Analyzer analyzer(Analyzer words) {
    Analyzer characters = GongbaoAnalyzers.characters();
    return GongbaoAnalyzers.perField(
        Map.of(
            HEADLINE_WORDS, words,
            BODY_WORDS, words,
            HEADLINE_CHARS, characters,
            BODY_CHARS, characters));
  }

  /** The searchable text: headline and body, each as a word field and a character field. */
  public static List<TextQueries.FieldPair> textFields() {
    return List.of(headlineFields(), new TextQueries.FieldPair(BODY_WORDS, BODY_CHARS, 1f));
  }

  /** The headline only ({@code title:} in the query syntax). */
  public static TextQueries.FieldPair headlineFields() {
    return new TextQueries.FieldPair(HEADLINE_WORDS, HEADLINE_CHARS, HEADLINE_BOOST);
  }

  public static String pageKey(String articleId) {
    return articleId.substring(0, articleId.lastIndexOf(':'));
  }

  /** The facet configuration; a new instance each call, never changed after it is built here. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(FACET_REGION, true);
    for (String dim : List.of(FACET_REGION, FACET_UNION, FACET_TOPIC, FACET_PERSON)) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  /** The Lucene document for an article, facets included, built with {@code facets}. */
  public static Document toDocument(Article article, FacetsConfig facets) {
    return toDocument(article, null, null, facets);
  }

  /**
   * The Lucene document for an article whose text was segmented during extraction: its word fields
   * take those tokens instead of segmenting the text again. Without {@code text}, the analyzer
   * segments. A reprint signature, when given, is kept for later runs.
   */
  public static Document toDocument(
      Article article, @Nullable ArticleText text, int @Nullable [] reprintSignature, FacetsConfig facets) {
    try {
      Document doc = baseDocument(article, text);
      if (reprintSignature != null) {
        doc.add(new BinaryDocValuesField(REPRINT_SIGNATURE, encode(reprintSignature)));
      }
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document baseDocument(Article article, @Nullable ArticleText text) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
    doc.add(new StringField(PAGE_KEY, pageKey(article.id()), Field.Store.NO));
    doc.add(new SortedDocValuesField(PAGE_KEY, new BytesRef(pageKey(article.id()))));
    doc.add(new StringField(PAPER, article.paper(), Field.Store.NO));
    doc.add(new SortedDocValuesField(PAPER, new BytesRef(article.paper())));
    doc.add(new StringField(KIND, article.kind().id(), Field.Store.NO));
    if (article.date() != null) {
      long epochDay = article.date().toEpochDay();
      doc.add(new LongPoint(DATE, epochDay));
      doc.add(new NumericDocValuesField(DATE, epochDay));
    }
    for (String name : article.byline().allNames()) {
      doc.add(new StringField(BYLINE, name, Field.Store.NO));
    }
    addKeywords(doc, REGION, regionTerms(article));
    addKeywords(doc, UNION, article.unions().stream().map(UnionMention::name).toList());
    addKeywords(doc, TOPIC, article.topics().stream().map(TopicScore::id).toList());
    addKeywords(doc, PERSON, article.persons());
    doc.add(new StringField(TITLE_EXACT, article.title(), Field.Store.NO));
    // the segmented texts are these same texts, normalised as the character analyzer would: not built again
    String headline = text == null ? article.headlineText() : text.heading().text();
    String body = text == null ? article.searchableText() : text.body().text();
    if (text == null) {
      doc.add(new Field(HEADLINE_WORDS, headline, WORDS_TYPE));
      doc.add(new Field(BODY_WORDS, body, WORDS_TYPE));
    } else {
      doc.add(new Field(HEADLINE_WORDS, GongbaoAnalyzers.words(text.heading()), WORDS_TYPE));
      doc.add(new Field(BODY_WORDS, GongbaoAnalyzers.words(text.body()), WORDS_TYPE));
    }
    doc.add(new TextField(HEADLINE_CHARS, headline, Field.Store.NO));
    doc.add(new TextField(BODY_CHARS, body, Field.Store.NO));
    doc.add(new StoredField(ARTICLE_JSON, ArticleJson.write(article)));
    String cluster = article.cluster() == null ? article.id() : article.cluster();
    doc.add(new StringField(CLUSTER, cluster, Field.Store.NO));
    doc.add(new SortedDocValuesField(CLUSTER, new BytesRef(cluster)));
    addFacets(doc, article);
    return doc;
  }

  private static void addFacets(Document doc, Article article) {
    Set<String> seen = new HashSet<>();
    for (RegionMention region : article.regions()) {
      if (region.role() == RegionMention.Role.ABOUT && seen.add(region.path())) {
        doc.add(new SortedSetDocValuesFacetField(FACET_REGION, region.path().split("/")));
      }
    }
    addFlatFacets(doc, FACET_UNION, article.unions().stream().map(UnionMention::name).toList());
    addFlatFacets(doc, FACET_TOPIC, article.topics().stream().map(TopicScore::id).toList());
    addFlatFacets(doc, FACET_PERSON, article.persons());
    addFlatFacets(doc, FACET_PAPER, List.of(article.paper()));
    addFlatFacets(doc, FACET_KIND, List.of(article.kind().id()));
    if (article.date() != null) {
      addFlatFacets(doc, FACET_YEAR, List.of(String.valueOf(article.date().getYear())));
    }
  }

  private static void addFlatFacets(Document doc, String dim, List<String> values) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!value.isBlank() && seen.add(value)) {
        doc.add(new SortedSetDocValuesFacetField(dim, value));
      }
    }
  }

  private static void addKeywords(Document doc, String field, Iterable<String> values) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (seen.add(value)) {
        doc.add(new StringField(field, value, Field.Store.NO));
      }
    }
  }

  /** A reprint signature as doc-values bytes: four bytes a hash, big-endian. */
  public static BytesRef encode(int[] signature) {
    ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
    bytes.asIntBuffer().put(signature);
    return new BytesRef(bytes.array());
  }

  /** The reprint signature {@link #encode} wrote. */
  public static int[] decodeSignature(BytesRef bytes) {
    int[] signature = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(signature);
    return signature;
  }

  /** For each region the story is about: its code, each prefix of its path, each level's name. */
  private static List<String> regionTerms(Article article) {
    List<String> terms = new ArrayList<>();
    for (RegionMention region : article.regions()) {
      if (region.role() != RegionMention.Role.ABOUT) {
        continue;
      }
      terms.add(region.code());
      String[] levels = region.path().split("/");
      StringBuilder prefix = new StringBuilder();
      for (String level : levels) {
        prefix.append(prefix.isEmpty() ? "" : "/").append(level);
        terms.add(prefix.toString());
        terms.add(level);
      }
    }
    return terms;
  }
}
