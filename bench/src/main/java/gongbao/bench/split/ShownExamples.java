package gongbao.bench.split;

/**
 * Which examples a split program prints with its counts: {@code --show TEXT N} asks for up to {@code N} of those whose
 * label contains {@code TEXT} ({@link SplitCrossFit}) or ends with it ({@link SplitDecisionBreakdown}).
 *
 * @param label the text asked for; empty when none are
 * @param max how many at most
 */
record ShownExamples(String label, int max) {

  /** The {@code --show TEXT N} of {@code args}, or none. */
  static ShownExamples fromArgs(String[] args) {
    for (int i = 0; i + 2 < args.length; i++) {
      if (args[i].equals("--show")) {
        return new ShownExamples(args[i + 1], Integer.parseInt(args[i + 2]));
      }
    }
    return new ShownExamples("", 0);
  }

  /** True when an example of {@code label} is asked for and {@code shown} are fewer than asked. */
  boolean wants(boolean labelMatches, int shown) {
    return !label.isEmpty() && labelMatches && shown < max;
  }
}
