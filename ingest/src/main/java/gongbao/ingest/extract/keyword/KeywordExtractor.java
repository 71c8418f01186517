package gongbao.ingest.extract.keyword;

import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import gongbao.ingest.analysis.UnionTermMerger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keywords by TextRank over the article's own tokens: nouns, proper nouns and nominal verbs of two or
 * more characters are linked when they occur within a window of each other, and ranked by the
 * PageRank of that graph. Words found in nearly every union story (工会, 职工, 活动 …) are left out.
 * Headline words take part twice, so that they weigh more. Deterministic: ties go to the earlier word.
 */
public final class KeywordExtractor {

  private static final int WINDOW = 5;
  private static final int ITERATIONS = 30;
  private static final double DAMPING = 0.85;
  private static final Set<String> COMMON = Set.of(
      "工会", "职工", "活动", "工作", "记者", "通讯员", "本报讯", "本刊讯", "报道", "单位", "方面", "同时", "目前",
      "近日", "日前", "今年", "以来", "问题", "情况", "部门", "负责人", "人员", "作用", "方式", "形式", "项目",
      "企业", "组织", "服务", "进一步", "全国", "全市", "全县", "全区", "全省", "我们", "他们", "大家", "代表");

  private final int limit;

  public KeywordExtractor(int limit) {
    this.limit = limit;
  }

  public List<String> keywords(SegmentedText heading, SegmentedText body) {
    List<String> words = new ArrayList<>();
    addCandidates(heading, words);
    addCandidates(heading, words);
    addCandidates(body, words);
    Map<String, Integer> ids = new HashMap<>(words.size() * 4 / 3 + 1);
    List<String> byId = new ArrayList<>();
    int[] sequence = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      Integer id = ids.get(word);
      if (id == null) {
        id = byId.size();
        ids.put(word, id);
        byId.add(word);
      }
      sequence[i] = id;
    }
    WordGraph graph = new WordGraph(byId.size());
    for (int i = 0; i < sequence.length; i++) {
      for (int j = i + 1; j < Math.min(sequence.length, i + WINDOW); j++) {
        graph.link(sequence[i], sequence[j]);
      }
    }
    double[] rank = graph.ranks(ITERATIONS, DAMPING);
    List<String> keywords = new ArrayList<>(Math.min(limit, byId.size()));
    for (int id : best(rank, limit)) {
      keywords.add(byId.get(id));
    }
    return keywords;
  }

  /** The ids of the {@code limit} highest ranks, highest first; of equal ranks the lower id first. */
  private static int[] best(double[] rank, int limit) {
    int[] best = new int[Math.min(limit, rank.length)];
    int count = 0;
    for (int id = 0; id < rank.length; id++) {
      int at = count;
      while (at > 0 && rank[best[at - 1]] < rank[id]) {
        at--;
      }
      if (at < best.length) {
        System.arraycopy(best, at, best, at + 1, Math.min(count, best.length - 1) - at);
        best[at] = id;
        count = Math.min(count + 1, best.length);
      }
    }
    return best;
  }

  /**
   * Nouns, proper nouns but not names, and nominal verbs of two or more Han characters; a union term HanLP cuts up is
   * one word, as the index has it ({@code 新就业形态}, not 就业 and 形态).
   */
  private static void addCandidates(SegmentedText text, List<String> words) {
    for (Token token : UnionTermMerger.bundled().merge(text.tokens())) {
      String word = token.word();
      if (word.length() >= 2 && token.isNominal() && !token.nature().startsWith("nr") && isIdeographic(word)
          && !COMMON.contains(word)) {
        words.add(word);
      }
    }
  }

  private static boolean isIdeographic(String word) {
    for (int i = 0; i < word.length(); ) {
      int codePoint = word.codePointAt(i);
      if (!Character.isIdeographic(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }
}
