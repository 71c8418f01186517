package gongbao.ingest.extract.keyword;

import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    Map<String, Integer> index = new LinkedHashMap<>();
    int[] ids = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      ids[i] = index.computeIfAbsent(words.get(i), key -> index.size());
    }
    List<Set<Integer>> links = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      links.add(new LinkedHashSet<>());
    }
    for (int i = 0; i < ids.length; i++) {
      for (int j = i + 1; j < Math.min(ids.length, i + WINDOW); j++) {
        if (ids[i] != ids[j]) {
          links.get(ids[i]).add(ids[j]);
          links.get(ids[j]).add(ids[i]);
        }
      }
    }
    double[] rank = pageRank(links);
    List<String> byId = new ArrayList<>(index.keySet());
    List<Integer> order = new ArrayList<>(byId.size());
    for (int id = 0; id < byId.size(); id++) {
      order.add(id);
    }
    order.sort(Comparator.comparingDouble((Integer id) -> -rank[id]).thenComparingInt(id -> id));
    List<String> keywords = new ArrayList<>(Math.min(limit, order.size()));
    for (int id : order.subList(0, Math.min(limit, order.size()))) {
      keywords.add(byId.get(id));
    }
    return keywords;
  }

  private static void addCandidates(SegmentedText text, List<String> words) {
    for (Token token : text.tokens()) {
      String word = token.word();
      if (word.length() >= 2 && token.isNominal() && !COMMON.contains(word) && !token.nature().startsWith("nr")
          && word.codePoints().allMatch(Character::isIdeographic)) {
        words.add(word);
      }
    }
  }

  private static double[] pageRank(List<Set<Integer>> links) {
    int nodes = links.size();
    int[][] neighbours = new int[nodes][];
    for (int node = 0; node < nodes; node++) {
      neighbours[node] = links.get(node).stream().mapToInt(Integer::intValue).toArray();
    }
    double[] rank = new double[nodes];
    Arrays.fill(rank, 1.0);
    double[] share = new double[nodes];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      for (int node = 0; node < nodes; node++) {
        share[node] = rank[node] / neighbours[node].length;
      }
      for (int node = 0; node < nodes; node++) {
        double sum = 0;
        for (int neighbour : neighbours[node]) {
          sum += share[neighbour];
        }
        rank[node] = (1 - DAMPING) + DAMPING * sum;
      }
    }
    return rank;
  }
}
