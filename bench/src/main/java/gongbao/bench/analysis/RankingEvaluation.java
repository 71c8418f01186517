package gongbao.bench.analysis;

import gongbao.bench.SharedData;
import gongbao.bench.analysis.KnownItemQueries.Kind;
import gongbao.bench.analysis.KnownItemQueries.KnownItem;
import gongbao.ingest.analysis.GongbaoAnalyzers;
import gongbao.ingest.analysis.Synonyms;
import gongbao.ingest.analysis.TextQueries;
import gongbao.ingest.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * Known-item ranking on the rmrb articles, in one run: Gongbao (HanLP word fields backed by
 * character fields) against SmartChineseAnalyzer, CJK bigrams only and HanLP words only, each with
 * a headline field weighted like Gongbao's and a body field. Queries: each sampled article's title, a
 * 4–10 character fragment of it, and a sentence of its body. Prints MRR@10 and success@10.
 *
 * <p>{@code bench/run RankingEvaluation [queriesPerKind] [--tune]}; {@code --tune} also prints
 * Gongbao under a grid of headline boosts and word/character weights.
 */
public final class RankingEvaluation {

  private static final long SEED = 20240501L;
  private static final int DEPTH = 10;

  record RankedSystem(String name, IndexSearcher searcher, Function<String, Query> queries) {}

  record Score(double mrr, double success) {}

  public static void main(String[] args) throws IOException {
    int perKind = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 1000;
    boolean tune = List.of(args).contains("--tune");
    List<RmrbArticle> articles = RmrbArticle.readAll(SharedData.require("rmrb/rmrb-articles.jsonl.gz"));
    KnownItemQueries queries = KnownItemQueries.sample(articles, perKind, SEED);
    System.out.printf(Locale.ROOT, "articles: %d, known-item queries: %d per kind%n", articles.size(), queries.items().size() / 3);

    IndexSearcher gongbao = searcher(RankingIndexes.gongbao(articles));
    Analyzer smart = new SmartChineseAnalyzer();
    Analyzer bigrams = new CJKAnalyzer();
    Analyzer words = GongbaoAnalyzers.words();
    List<RankedSystem> systems = new ArrayList<>();
    systems.add(new RankedSystem("gongbao (words + chars)", gongbao, gongbaoQueries(IndexSchema.HEADLINE_BOOST, IndexSchema.TEXT_WEIGHTS)));
    systems.add(new RankedSystem("SmartChineseAnalyzer", searcher(RankingIndexes.twoFields(articles, smart)),
        text -> RankingIndexes.anyToken(smart, RankingIndexes.HEADLINE, RankingIndexes.BODY, text)));
    systems.add(new RankedSystem("CJK bigrams only", searcher(RankingIndexes.twoFields(articles, bigrams)),
        text -> RankingIndexes.anyToken(bigrams, RankingIndexes.HEADLINE, RankingIndexes.BODY, text)));
    systems.add(new RankedSystem("HanLP words only", gongbao,
        text -> RankingIndexes.anyToken(words, IndexSchema.HEADLINE_WORDS, IndexSchema.BODY_WORDS, text)));
    if (tune) {
      for (float headlineBoost : new float[] {1f, 2f, 3f, 5f}) {
        for (float[] w : new float[][] {{1f, 0.5f}, {1f, 1f}, {1f, 2f}, {0.5f, 1f}, {0f, 1f}}) {
          TextQueries.Weights weights = new TextQueries.Weights(w[0], w[1]);
          systems.add(new RankedSystem(
              String.format(Locale.ROOT, "gongbao headline×%.0f words×%.1f chars×%.1f", headlineBoost, w[0], w[1]),
              gongbao, gongbaoQueries(headlineBoost, weights)));
        }
      }
    }

    System.out.printf(Locale.ROOT, "%-44s %-16s %8s %10s%n", "system", "queries", "MRR@10", "success@10");
    for (RankedSystem system : systems) {
      Map<Kind, Score> scores = evaluate(system, queries);
      for (Kind kind : Kind.values()) {
        Score score = scores.get(kind);
        System.out.printf(Locale.ROOT, "%-44s %-16s %8.4f %10.4f%n", system.name(), kind.name().toLowerCase(Locale.ROOT), score.mrr(), score.success());
      }
    }
  }

  /** Gongbao's query for text typed into the search box: words ANDed, each through {@link TextQueries#word}. */
  static Function<String, Query> gongbaoQueries(float headlineBoost, TextQueries.Weights weights) {
    TextQueries textQueries = new TextQueries(
        List.of(new TextQueries.FieldPair(IndexSchema.HEADLINE_WORDS, IndexSchema.HEADLINE_CHARS, headlineBoost),
            new TextQueries.FieldPair(IndexSchema.BODY_WORDS, IndexSchema.BODY_CHARS, 1f)),
        weights, Synonyms.bundled());
    return text -> {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String word : text.strip().split("\\s+")) {
        if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
          all.add(textQueries.word(word), Occur.MUST);
        }
      }
      return all.build();
    };
  }

  static Map<Kind, Score> evaluate(RankedSystem system, KnownItemQueries queries) throws IOException {
    Map<Kind, double[]> sums = new EnumMap<>(Kind.class);
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (KnownItem item : queries.items()) {
      int target = docOf(system.searcher(), item.articleId());
      TopDocs top = system.searcher().search(system.queries().apply(item.query()), DEPTH);
      double[] sum = sums.computeIfAbsent(item.kind(), k -> new double[2]);
      ScoreDoc[] hits = top.scoreDocs;
      for (int rank = 0; rank < hits.length; rank++) {
        if (hits[rank].doc == target) {
          sum[0] += 1.0 / (rank + 1);
          sum[1] += 1;
          break;
        }
      }
      counts.merge(item.kind(), 1, Integer::sum);
    }
    Map<Kind, Score> scores = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      int n = counts.getOrDefault(kind, 0);
      double[] sum = sums.getOrDefault(kind, new double[2]);
      scores.put(kind, new Score(n == 0 ? 0 : sum[0] / n, n == 0 ? 0 : sum[1] / n));
    }
    return scores;
  }

  static int docOf(IndexSearcher searcher, String articleId) throws IOException {
    TopDocs hit = searcher.search(new TermQuery(new Term(IndexSchema.ID, articleId)), 1);
    if (hit.scoreDocs.length == 0) {
      throw new IllegalStateException("article not indexed: " + articleId);
    }
    return hit.scoreDocs[0].doc;
  }

  private static IndexSearcher searcher(Directory directory) throws IOException {
    return new IndexSearcher(DirectoryReader.open(directory));
  }

  private RankingEvaluation() {}
}
