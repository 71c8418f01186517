package gongbao.bench.extract;

import gongbao.bench.RmrbRecord;
import gongbao.bench.SharedData;
import gongbao.ingest.article.TopicScore;
import gongbao.ingest.extract.topic.TopicClassifier;
import gongbao.ingest.extract.topic.TopicTaxonomy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Topics of a seeded random sample of People's Daily articles, printed for reading by eye, so the
 * taxonomy tuned on the seed gold can be checked on text it was not tuned on:
 * {@code bench/run TopicSpotCheck [--count 40] [--seed 5] [--mentioning 工会] [--taxonomy FILE]}.
 * With {@code --mentioning}, the sample is drawn from the articles whose headline or body contains
 * that word. Each article shows its headline group, the start of its body, and every theme given
 * with its score and the evidence that fired.
 */
public final class TopicSpotCheck {

  private static final int BODY_PREVIEW_CHARS = 160;

  private TopicSpotCheck() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    int count = Integer.parseInt(option(arguments, "--count", "40"));
    long seed = Long.parseLong(option(arguments, "--seed", "5"));
    String mentioning = option(arguments, "--mentioning", "");
    String taxonomyFile = option(arguments, "--taxonomy", "");
    TopicTaxonomy taxonomy =
        taxonomyFile.isEmpty() ? TopicTaxonomy.builtIn() : TopicTaxonomy.load(Path.of(taxonomyFile));
    TopicClassifier classifier = new TopicClassifier(taxonomy);

    List<RmrbRecord> pool = new ArrayList<>();
    for (RmrbRecord record : RmrbRecord.readAll(SharedData.require(RmrbRecord.FILE))) {
      if (mentioning.isEmpty() || heading(record).contains(mentioning) || body(record).contains(mentioning)) {
        pool.add(record);
      }
    }
    Collections.shuffle(pool, new Random(seed));
    List<RmrbRecord> sample = pool.subList(0, Math.min(count, pool.size()));

    int withTopics = 0;
    for (RmrbRecord record : sample) {
      String body = body(record);
      List<TopicScore> topics = classifier.classify(heading(record), body);
      withTopics += topics.isEmpty() ? 0 : 1;
      System.out.printf(Locale.ROOT, "== %s p%d #%d %s%n", record.date(), record.page(), record.seq(),
          heading(record).replace('\n', ' '));
      System.out.println("   " + body.substring(0, Math.min(BODY_PREVIEW_CHARS, body.length())).replace('\n', ' '));
      System.out.println("   topics: " + (topics.isEmpty() ? "(none)" : topics.stream()
          .map(topic -> topic.label() + " " + topic.score() + " " + topic.evidence())
          .collect(Collectors.joining("; "))));
    }
    System.out.printf(Locale.ROOT, "%d articles sampled (seed %d) from %d%s; %d given at least one theme%n",
        sample.size(), seed, pool.size(), mentioning.isEmpty() ? "" : " mentioning " + mentioning, withTopics);
  }

  /** The headline group as the classifier sees it: kicker, title and subtitle, one per line. */
  private static String heading(RmrbRecord record) {
    return List.of(record.kicker(), record.title(), record.subtitle()).stream()
        .filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
  }

  private static String body(RmrbRecord record) {
    return String.join("\n", record.paragraphs());
  }

  private static String option(List<String> arguments, String name, String fallback) {
    int index = arguments.indexOf(name);
    return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : fallback;
  }
}
