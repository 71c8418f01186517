package gongbao.bench.analysis;

import gongbao.bench.RmrbRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;


/** One article of the rmrb set: id {@code date/page/seq}, headline parts and body. */
record RmrbArticle(String id, String kicker, String title, String subtitle, String body) {

  /** Kicker, title and subtitle, one a line, as the index holds them. */
  String headline() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {kicker, title, subtitle}) {
      if (!part.isBlank()) {
        text.append(part).append('\n');
      }
    }
    return text.toString();
  }

  /** Every article of {@code rmrb-articles.jsonl.gz}, in file order. */
  static List<RmrbArticle> readAll(Path file) throws IOException {
    return RmrbRecord.readAll(file).stream()
        .map(r -> new RmrbArticle(r.date() + "/" + r.page() + "/" + r.seq(), r.kicker(), r.title(), r.subtitle(),
            String.join("\n", r.paragraphs())))
        .toList();
  }
}
