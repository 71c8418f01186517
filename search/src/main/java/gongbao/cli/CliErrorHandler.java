package gongbao.cli;

import gongbao.ingest.IngestException;
import gongbao.ingest.IoErrors;
import gongbao.ingest.extract.ExtractionConfigException;
import gongbao.search.SearchException;
import java.io.IOException;
import picocli.CommandLine;

/**
 * Turns failures the user can act on (a missing index, a bad query, an unreadable file, a malformed
 * data file such as a topic taxonomy) into one
 * clear line and exit code 1; anything else is a bug and keeps its stack trace.
 */
final class CliErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof IOException io) {
      commandLine.getErr().println("gongbao " + commandLine.getCommandName() + ": " + IoErrors.describe(io));
      return 1;
    }
    if (e instanceof SearchException || e instanceof IngestException || e instanceof ExtractionConfigException) {
      commandLine.getErr().println("gongbao " + commandLine.getCommandName() + ": " + e.getMessage());
      return 1;
    }
    throw e;
  }
}
