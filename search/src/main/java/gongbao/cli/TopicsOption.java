package gongbao.cli;

import gongbao.ingest.extract.topic.TopicTaxonomy;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --topics} option: the topic taxonomy to use instead of the one shipped with the program. */
final class TopicsOption {

  @Option(
      names = "--topics",
      paramLabel = "FILE",
      description = "topic taxonomy (JSON, the shape of the built-in topics.json) to use instead of the built-in one")
  @Nullable Path file;

  TopicTaxonomy taxonomy() {
    return file == null ? TopicTaxonomy.builtIn() : TopicTaxonomy.load(file);
  }
}
