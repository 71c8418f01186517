package gongbao.search.query;

import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a parsed query into a Lucene query. An unquoted word matches the HanLP word fields and is
 * backed by a character phrase, so a word the segmenter cut differently is still found; a quoted
 * phrase matches the character fields exactly. Headline matches weigh more than body matches.
 * Thread-safe: analyzers keep per-thread state.
 */
public final class LuceneQueryBuilder {

  private static final float HEADLINE_BOOST = 3f;
  private static final float CHARACTER_BACKING_BOOST = 0.5f;

  private final Analyzer words = GongbaoAnalyzers.words();
  private final Analyzer characters = GongbaoAnalyzers.characters();

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
      return new TermQuery(new Term(field, word.text()));
    }
    if (value instanceof QueryNode.Phrase phrase) {
      return new TermQuery(new Term(field, phrase.text()));
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
    throw new QuerySyntaxException(
        "field '" + ((QueryNode.Fielded) value).field().id() + ":' cannot stand inside another field");
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
    List<String> chars = tokens(characters, text);
    if (chars.isEmpty()) {
      throw new QuerySyntaxException("'" + text + "' has no letters or digits to search for");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    addFieldPair(any, IndexSchema.HEADLINE_WORDS, IndexSchema.HEADLINE_CHARS, text, chars, exact, HEADLINE_BOOST);
    if (!headlineOnly) {
      addFieldPair(any, IndexSchema.BODY_WORDS, IndexSchema.BODY_CHARS, text, chars, exact, 1f);
    }
    return any.build();
  }

  private void addFieldPair(
      BooleanQuery.Builder any, String wordField, String charField, String text, List<String> chars,
      boolean exact, float boost) {
    Query charPhrase = phrase(charField, chars);
    if (exact) {
      any.add(new BoostQuery(charPhrase, boost), Occur.SHOULD);
      return;
    }
    any.add(new BoostQuery(phrase(wordField, tokens(words, text)), boost), Occur.SHOULD);
    any.add(new BoostQuery(charPhrase, boost * CHARACTER_BACKING_BOOST), Occur.SHOULD);
  }

  private static Query phrase(String field, List<String> terms) {
    if (terms.isEmpty()) {
      return new MatchNoDocsQuery("no tokens");
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    return new PhraseQuery(field, terms.toArray(String[]::new));
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("query", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The strings a reader expects to see marked in results: every word and phrase not excluded. */
  public static List<String> highlightTerms(QueryNode node) {
    List<String> terms = new ArrayList<>();
    collect(node, terms);
    return terms;
  }

  private static void collect(QueryNode node, List<String> terms) {
    if (node instanceof QueryNode.Word word) {
      terms.add(word.text());
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
