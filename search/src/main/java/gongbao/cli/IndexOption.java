package gongbao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} option shared by the subcommands. */
final class IndexOption {

  static final String DEFAULT_INDEX = "var/index";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "index folder (default: ${DEFAULT-VALUE})",
      defaultValue = DEFAULT_INDEX)
  Path dir;
}
