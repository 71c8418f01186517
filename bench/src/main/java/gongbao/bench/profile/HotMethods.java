package gongbao.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a Java Flight Recorder recording spent its time: of the execution samples whose stack passes
 * through a root method (e.g. {@code IngestRun.work}), the share that also passes through each
 * method (inclusive) and that was in it (self), the top methods first.
 *
 * <p>Record with {@code java -XX:FlightRecorderOptions:stackdepth=256
 * -XX:StartFlightRecording=filename=F.jfr,settings=profile …} (deep stacks, so that the root is in
 * them), then {@code bench/run HotMethods F.jfr ROOT [N]}, where ROOT is {@code Class.method} with
 * the simple class name.
 */
public final class HotMethods {

  private HotMethods() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: HotMethods RECORDING.jfr ROOT_CLASS.method [TOP]");
      System.exit(2);
    }
    String root = args[1];
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      Set<String> methods = new HashSet<>();
      for (RecordedFrame frame : frames) {
        methods.add(name(frame));
      }
      if (!methods.contains(root) || frames.isEmpty()) {
        continue;
      }
      samples++;
      methods.forEach(method -> inclusive.merge(method, 1, Integer::sum));
      self.merge(name(frames.get(0)), 1, Integer::sum);
    }
    System.out.printf(Locale.ROOT, "%,d samples under %s%n", samples, root);
    System.out.println("| inclusive % | self % | method |");
    System.out.println("|---|---|---|");
    int total = samples;
    inclusive.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "| %.1f | %.1f | %s |%n", 100.0 * e.getValue() / total,
            100.0 * self.getOrDefault(e.getKey(), 0) / total, e.getKey()));
  }

  private static String name(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
  }
}
