package gongbao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of seeded random pages in the corpus layout: three papers, pages of two to four
 * articles (headline, then paragraphs starting with 本报讯) built from union vocabulary.
 */
public final class GeneratedCorpus {

  private static final List<String> PAPERS = List.of("grrb", "zjgrb", "scgrb");
  private static final List<String> WORDS = List.of(
      "劳模", "工匠", "职工", "工会", "驿站", "新就业形态", "劳动者", "技能", "竞赛", "帮扶", "困难", "维权", "集体协商",
      "产业工人", "数字化", "培训", "慰问", "一线", "安全生产", "女职工", "书屋", "服务", "阵地", "建设", "推进", "开展",
      "活动", "总工会", "基层", "企业", "户外", "送清凉", "文化", "体育", "思想", "引领", "就业", "经费", "审计");

  private GeneratedCorpus() {}

  /** Writes {@code pages} pages under {@code root} and returns {@code root}. */
  public static Path write(Path root, int pages, long seed) throws IOException {
    Random random = new Random(seed);
    for (String paper : PAPERS) {
      Files.createDirectories(root.resolve(paper));
      Files.writeString(root.resolve(paper).resolve("paper.json"), "{\"name\": \"" + paper + " 报\"}", StandardCharsets.UTF_8);
    }
    for (int i = 0; i < pages; i++) {
      String paper = PAPERS.get(i % PAPERS.size());
      Path issue = root.resolve(paper).resolve(LocalDate.of(2024, 1, 1).plusDays(i / 8).toString());
      Files.createDirectories(issue);
      Files.writeString(issue.resolve(String.format("%02d.txt", i % 8 + 1)), page(random), StandardCharsets.UTF_8);
    }
    return root;
  }

  static String page(Random random) {
    StringBuilder page = new StringBuilder();
    int articles = 2 + random.nextInt(3);
    for (int a = 0; a < articles; a++) {
      page.append(sentence(random, 4, "")).append("\n\n");
      int paragraphs = 1 + random.nextInt(4);
      for (int p = 0; p < paragraphs; p++) {
        page.append(p == 0 ? "本报讯 " : "").append(sentence(random, 12 + random.nextInt(30), "。")).append("\n\n");
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
