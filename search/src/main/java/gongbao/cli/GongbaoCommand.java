package gongbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongbao} program: one command with a subcommand for each job. */
@Command(
    name = "gongbao",
    mixinStandardHelpOptions = true,
    version = "gongbao 0.1.0",
    description = "工报: a searchable archive of Chinese trade-union newspapers.",
    subcommands = {
      IngestCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      StatsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class GongbaoCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The command line with its error handling, for main and for tests. */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new GongbaoCommand());
    commandLine.setExecutionExceptionHandler(new CliErrorHandler());
    return commandLine;
  }
}
