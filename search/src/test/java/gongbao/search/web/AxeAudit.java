package gongbao.search.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Deque's axe-core, run inside the page the browser shows: the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA
 * and axe's best practices. The script comes from the axe-core jar (test scope, MPL-2.0), injected as it is.
 */
final class AxeAudit {

  private static final String AXE_SCRIPT = axeScript();
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
          'best-practice']}, resultTypes: ['violations']})
        .then(results => done(JSON.stringify(results.violations)))
        .catch(error => done(JSON.stringify({error: String(error)})));
      """;

  private AxeAudit() {}

  /** One line per rule broken on the page: the rule, its impact, what it says, and the elements that break it. */
  static List<String> violations(HeadlessChromium browser) {
    browser.script(AXE_SCRIPT);
    String json = (String) browser.driver.executeAsyncScript(RUN);
    JsonNode violations;
    try {
      violations = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (violations.has("error")) {
      throw new IllegalStateException("axe could not run: " + violations.get("error").asText());
    }
    List<String> lines = new ArrayList<>();
    for (JsonNode violation : violations) {
      List<String> targets = new ArrayList<>();
      for (JsonNode node : violation.get("nodes")) {
        targets.add(node.get("target").toString() + " " + node.path("failureSummary").asText().replace('\n', ' '));
      }
      lines.add(violation.get("id").asText() + " (" + violation.get("impact").asText() + "): "
          + violation.get("help").asText() + " " + targets);
    }
    return lines;
  }

  private static String axeScript() {
    try (InputStream in = AxeAudit.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
