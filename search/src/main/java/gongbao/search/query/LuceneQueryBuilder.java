package gongbao.search.query;

import gongbao.ingest.analysis.IndexedCharacters;
import gongbao.ingest.analysis.Synonyms;
import gongbao.ingest.analysis.TextQueries;
import gongbao.ingest.index.IndexSchema;
import gongbao.search.Filters;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a parsed query into a Lucene query. Words and quoted phrases become queries over the word and
 * character fields through {@link TextQueries} (an unquoted word matches the HanLP word fields, is
 * backed by a character phrase and expanded with its synonyms; a quoted phrase matches the character
 * fields exactly); headline matches weigh more than body matches. Thread-safe: analyzers keep
 * per-thread state.
 */
public final class LuceneQueryBuilder {

  private final TextQueries allText;
  private final TextQueries headline;
  private final Synonyms synonyms;

  public LuceneQueryBuilder() {
    this(Synonyms.bundled());
  }

  public LuceneQueryBuilder(Synonyms synonyms) {
    this.synonyms = synonyms;
    this.allText = new TextQueries(IndexSchema.textFields(), IndexSchema.TEXT_WEIGHTS, synonyms);
    this.headline =
        new TextQueries(List.of(IndexSchema.headlineFields()), IndexSchema.TEXT_WEIGHTS, synonyms);
  }

  public Query build(QueryNode node) {
    return build(node, false);
  }

  private Query build(QueryNode node, boolean headlineOnly) {
    if (node instanceof QueryNode.Word word) {
      return text(word.text(), headlineOnly, false);
    }
    if (node instanceof QueryNode.Phrase phrase) {
      return text(phrase.text(), headlineOnly, true);
    }
    if (node instanceof QueryNode.Fielded fielded) {
      return fielded(fielded);
    }
    if (node instanceof QueryNode.Not not) {
      return exclude(build(not.node(), headlineOnly));
    }
    if (node instanceof QueryNode.And and) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (QueryNode clause : and.clauses()) {
        if (clause instanceof QueryNode.Not not) {
          all.add(build(not.node(), headlineOnly), Occur.MUST_NOT);
        } else {
          all.add(build(clause, headlineOnly), Occur.MUST);
        }
      }
      return all.build();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (QueryNode clause : ((QueryNode.Or) node).clauses()) {
      any.add(build(clause, headlineOnly), Occur.SHOULD);
    }
    return any.build();
  }

  private static Query exclude(Query excluded) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.MUST)
        .add(excluded, Occur.MUST_NOT)
        .build();
  }

  private Query fielded(QueryNode.Fielded fielded) {
    return switch (fielded.field()) {
      case TITLE -> build(fielded.value(), true);
      case BYLINE -> keyword(IndexSchema.BYLINE, fielded.value());
      case PAPER -> keyword(IndexSchema.PAPER, fielded.value());
      case KIND -> keyword(IndexSchema.KIND, fielded.value());
      case REGION -> keyword(IndexSchema.REGION, fielded.value());
      case UNION -> keyword(IndexSchema.UNION, fielded.value());
      case TOPIC -> keyword(IndexSchema.TOPIC, fielded.value());
      case PERSON -> keyword(IndexSchema.PERSON, fielded.value());
    };
  }

  /** Exact match of a keyword field; the value may be a word, a phrase or a group of them. */
  private Query keyword(String field, QueryNode value) {
    if (value instanceof QueryNode.Word word) {
      return term(field, word.text());
    }
    if (value instanceof QueryNode.Phrase phrase) {
      return term(field, phrase.text());
    }
    if (value instanceof QueryNode.Not not) {
      return exclude(keyword(field, not.node()));
    }
    if (value instanceof QueryNode.And and) {
      return combine(field, and.clauses(), Occur.MUST);
    }
    if (value instanceof QueryNode.Or or) {
      return combine(field, or.clauses(), Occur.SHOULD);
    }
    String inner = ((QueryNode.Fielded) value).field().id();
    throw new QuerySyntaxException(
        "field '" + inner + ":' cannot stand inside another field", "字段 " + inner + ": 不能写在另一个字段里");
  }

  /**
   * A keyword term; a region value stands for the paths of the places it names ({@link RegionValues}); a kind is
   * checked.
   */
  private static Query term(String field, String text) {
    if (field.equals(IndexSchema.KIND)) {
      Filters.checkKind(text);
    }
    if (!field.equals(IndexSchema.REGION)) {
      return new TermQuery(new Term(field, text));
    }
    List<String> paths = RegionValues.queryTerms(text);
    if (paths.size() == 1) {
      return new TermQuery(new Term(field, paths.get(0)));
    }
    BooleanQuery.Builder anyPlace = new BooleanQuery.Builder();
    paths.forEach(path -> anyPlace.add(new TermQuery(new Term(field, path)), Occur.SHOULD));
    return anyPlace.build();
  }

  private Query combine(String field, List<QueryNode> clauses, Occur occur) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (QueryNode clause : clauses) {
      if (clause instanceof QueryNode.Not not) {
        builder.add(keyword(field, not.node()), Occur.MUST_NOT);
      } else {
        builder.add(keyword(field, clause), occur);
      }
    }
    return builder.build();
  }

  private Query text(String text, boolean headlineOnly, boolean exact) {
    if (IndexedCharacters.of(text).isEmpty()) {
      throw new QuerySyntaxException(
          "'" + text + "' has no letters or digits to search for", "“" + text + "”里没有可检索的文字或数字");
    }
    TextQueries fields = headlineOnly ? headline : allText;
    return exact ? fields.phrase(text) : fields.word(text);
  }

  /**
   * The strings a reader expects to see marked in results: every word and phrase not excluded, and what a word also
   * matches by, its synonyms. The pieces HanLP cuts a word into are not marked on their own: they match only as the
   * whole word ({@link gongbao.ingest.analysis.TextQueries#word}).
   */
  public List<String> highlightTerms(QueryNode node) {
    List<String> terms = new ArrayList<>();
    collect(node, terms);
    return terms;
  }

  private void collect(QueryNode node, List<String> terms) {
    if (node instanceof QueryNode.Word word) {
      terms.add(word.text());
      terms.addAll(synonyms.alternativesOf(word.text()));
    } else if (node instanceof QueryNode.Phrase phrase) {
      terms.add(phrase.text());
    } else if (node instanceof QueryNode.Fielded fielded && fielded.field() == SearchField.TITLE) {
      collect(fielded.value(), terms);
    } else if (node instanceof QueryNode.And and) {
      and.clauses().forEach(c -> collect(c, terms));
    } else if (node instanceof QueryNode.Or or) {
      or.clauses().forEach(c -> collect(c, terms));
    }
  }
}
