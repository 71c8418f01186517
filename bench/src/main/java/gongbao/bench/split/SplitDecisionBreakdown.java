package gongbao.bench.split;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.ArticleSplitter;
import gongbao.ingest.article.BoundaryDecision;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where the splitter's article boundaries go wrong on the rebuilt rmrb pages: every run of headline-like
 * lines the splitter read, by the rule that decided it and what the run really was (an article's first
 * headline line, a subhead or short paragraph, half of a column break…), and the article starts that were
 * never read as the start of a headline run.
 *
 * <p>Usage: {@code bench/run SplitDecisionBreakdown [seed] [--half all|train|test] [--show OUTCOME N]}, where
 * {@code --show} prints N examples of one outcome, e.g. {@code --show "title taken as subhead" 30}.
 */
public final class SplitDecisionBreakdown {

  private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？；…]['”’」』）)】》\"]*$");
  private static final String NEVER_READ = "title not at the start of a headline run";

  private final Map<String, Integer> counts = new TreeMap<>();
  private final List<String> examples = new ArrayList<>();
  private final ShownExamples shown;

  private SplitDecisionBreakdown(ShownExamples shown) {
    this.shown = shown;
  }

  public static void main(String[] args) throws IOException {
    long seed = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0]) : SplitEvaluation.DEFAULT_SEED;
    DateHalf half = DateHalf.fromArgs(args);
    SplitDecisionBreakdown breakdown = new SplitDecisionBreakdown(ShownExamples.fromArgs(args));
    ArticleSplitter splitter = new ArticleSplitter();
    for (RebuiltPage page : SplitEvaluation.rebuild(seed, false, half)) {
      breakdown.add(page, splitter);
    }
    breakdown.print(seed, half);
  }

  private void add(RebuiltPage page, ArticleSplitter splitter) {
    List<BoundaryDecision> decisions = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    for (Article article : splitter.split(page.page(), decisions::add)) {
      paragraphs.addAll(SplitScore.joinedTexts(article));
    }
    int breakIndex = 0;
    Set<Integer> readStarts = new HashSet<>();
    for (BoundaryDecision decision : decisions) {
      int block = page.blocks().floorKey(decision.lineStart());
      RebuiltPage.Block kind = page.blocks().get(block);
      if (kind == RebuiltPage.Block.ARTICLE_START && block == decision.lineStart()) {
        readStarts.add(block);
      }
      count(decision.rule() + " | " + outcome(kind, decision.startsArticle(), block == decision.lineStart()),
          page, decision.lineStart());
    }
    Map<Integer, BoundaryDecision> byStart = new HashMap<>();
    decisions.forEach(decision -> byStart.put(decision.lineStart(), decision));
    for (Map.Entry<Integer, RebuiltPage.Block> block : page.blocks().entrySet()) {
      if (block.getValue() == RebuiltPage.Block.ARTICLE_START && !readStarts.contains(block.getKey())) {
        count("- | " + NEVER_READ, page, block.getKey());
      } else if (block.getValue() == RebuiltPage.Block.BREAK_HEAD) {
        String whole = SplitScore.squeeze(page.brokenParagraphs().get(breakIndex++));
        boolean rejoined = paragraphs.stream().anyMatch(paragraph -> paragraph.contains(whole));
        count("column break | " + (rejoined ? "right: re-joined" : breakOutcome(page, block.getKey(), byStart)), page,
            block.getKey());
      }
    }
  }

  /** Why a cut paragraph was not re-joined: how its halves were read (the tail is the next block but a tip). */
  private static String breakOutcome(RebuiltPage page, int head, Map<Integer, BoundaryDecision> byStart) {
    BoundaryDecision headDecision = byStart.get(head);
    if (headDecision != null) {
      return "first half read as a " + (headDecision.startsArticle() ? "title" : "subhead");
    }
    Integer tail = page.blocks().higherKey(head);
    while (tail != null && page.blocks().get(tail) == RebuiltPage.Block.TIP) {
      tail = page.blocks().higherKey(tail);
    }
    if (tail != null && byStart.containsKey(tail)) {
      return "second half read as a " + (byStart.get(tail).startsArticle() ? "title" : "subhead or headline");
    }
    String text = page.text().substring(head, page.text().indexOf('\n', head)).strip();
    return ENDS_SENTENCE.matcher(text).find() ? "first half ends a sentence" : "both halves body, not joined";
  }

  private static String outcome(RebuiltPage.Block kind, boolean startsArticle, boolean atBlockStart) {
    if (kind == RebuiltPage.Block.ARTICLE_START && atBlockStart) {
      return startsArticle ? "right: title starts article" : "title taken as subhead";
    }
    String what = switch (kind) {
      case ARTICLE_START, HEADLINE -> "headline line";
      case PARAGRAPH -> "subhead or short paragraph";
      case BREAK_HEAD -> "first half of a column break";
      case BREAK_TAIL -> "second half of a column break";
      case TIP -> "reading tip";
      case REPEAT -> "repeated paragraph";
    };
    return startsArticle ? what + " taken as title" : "right: " + what + " kept in article";
  }

  private void count(String key, RebuiltPage page, int offset) {
    counts.merge(key, 1, Integer::sum);
    if (shown.wants(key.endsWith(shown.label()), examples.size())) {
      String text = page.text();
      int lineEnd = text.indexOf('\n', offset);
      String before = text.substring(Math.max(0, offset - 60), offset).replace("\n\n", "⏎");
      String after = text.substring(lineEnd < 0 ? offset : lineEnd, Math.min(text.length(), Math.max(offset, lineEnd) + 80))
          .replace("\n\n", "⏎");
      examples.add(page.key() + " " + key.substring(0, key.indexOf(' ')) + "  «" + before + "» 【"
          + text.substring(offset, lineEnd < 0 ? text.length() : lineEnd) + "】 «" + after + "»");
    }
  }

  private void print(long seed, DateHalf half) {
    System.out.printf("seed %d, dates %s, degraded pages%n", seed, half.name().toLowerCase(Locale.ROOT));
    System.out.printf("%-18s %-52s %7s%n", "rule", "outcome", "count");
    int errors = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      String[] parts = entry.getKey().split(" \\| ");
      boolean right = parts[1].startsWith("right");
      errors += right || parts[0].equals("column break") ? 0 : entry.getValue();
      System.out.printf("%-18s %-52s %7d%s%n", parts[0], parts[1], entry.getValue(), right ? "" : "  ✗");
    }
    System.out.printf("wrong decisions and unread titles (column break rows apart): %d%n", errors);
    examples.forEach(example -> System.out.println("  " + example));
  }
}
