package gongbao.bench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A corpus of seeded random pages in the corpus layout, for load and crash runs larger than the
 * bundled corpus: four papers, pages of two to five articles built from union vocabulary.
 */
final class SyntheticCorpus {

  static final List<String> WORDS = List.of(
      "劳模", "工匠", "职工", "工会", "驿站", "新就业形态", "劳动者", "技能", "竞赛", "帮扶", "困难", "维权", "集体协商",
      "产业工人", "数字化", "培训", "慰问", "一线", "安全生产", "女职工", "书屋", "服务", "阵地", "建设", "推进", "开展",
      "活动", "总工会", "基层", "企业", "户外", "送清凉", "文化", "体育", "思想", "引领", "就业", "经费", "审计", "浙江",
      "宁波", "慈溪", "重庆", "沙坪坝", "外卖", "骑手", "快递员", "货车司机", "网约车", "工资", "权益", "保障", "调解");

  private static final List<String> PAPERS = List.of("grrb", "zjgrb", "scgrb", "cqgrb");

  private SyntheticCorpus() {}

  static Path write(Path root, int pages, long seed) throws IOException {
    Random random = new Random(seed);
    for (String paper : PAPERS) {
      Files.createDirectories(root.resolve(paper));
      Files.writeString(root.resolve(paper).resolve("paper.json"), "{\"name\": \"" + paper + "\"}", StandardCharsets.UTF_8);
    }
    for (int i = 0; i < pages; i++) {
      String paper = PAPERS.get(i % PAPERS.size());
      Path issue = root.resolve(paper).resolve(LocalDate.of(2015, 1, 1).plusDays(i / 32).toString());
      Files.createDirectories(issue);
      Files.writeString(issue.resolve(String.format("%02d.txt", i / PAPERS.size() % 8 + 1)), page(random), StandardCharsets.UTF_8);
    }
    return root;
  }

  private static String page(Random random) {
    StringBuilder page = new StringBuilder();
    for (int a = 0, articles = 2 + random.nextInt(4); a < articles; a++) {
      page.append(sentence(random, 3 + random.nextInt(4), "")).append("\n\n");
      for (int p = 0, paragraphs = 2 + random.nextInt(6); p < paragraphs; p++) {
        page.append(p == 0 ? "本报讯 " : "").append(sentence(random, 15 + random.nextInt(40), "。")).append("\n\n");
      }
    }
    return page.toString();
  }

  private static String sentence(Random random, int words, String end) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(WORDS.get(random.nextInt(WORDS.size())));
      if (w > 0 && w % 7 == 0 && w < words - 1) {
        text.append(',');
      }
    }
    return text.append(end).toString();
  }
}
