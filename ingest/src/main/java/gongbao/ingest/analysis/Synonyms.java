package gongbao.ingest.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query-time synonym groups (骑手 ~ 外卖配送员 ~ 外卖小哥): a query word equal to one term of a group
 * also searches for the others. Read from a file of lines {@code a ~ b ~ c}, {@code #} comments; terms
 * are normalised like the text. A term written {@code =全总} is to be matched only where HanLP cuts it as a word, never
 * by its characters, which also stand side by side across words (安全总监, 已经审议). Never used at index time.
 */
public final class Synonyms {

  static final String RESOURCE = "synonyms.txt";

  private static final String WORD_ONLY = "=";

  private final Map<String, List<String>> alternatives;
  private final Set<String> wordsOnly;

  private Synonyms(Map<String, List<String>> alternatives, Set<String> wordsOnly) {
    this.alternatives = Map.copyOf(alternatives);
    this.wordsOnly = Set.copyOf(wordsOnly);
  }

  /** The synonyms shipped with Gongbao. */
  public static Synonyms bundled() {
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Synonyms none() {
    return new Synonyms(Map.of(), Set.of());
  }

  /** Reads groups from {@code reader}; a term in several groups gets the union of their terms. */
  public static Synonyms read(BufferedReader reader) throws IOException {
    Map<String, Set<String>> groups = new HashMap<>();
    Set<String> wordsOnly = new HashSet<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> group = new ArrayList<>();
      for (String written : trimmed.split("~")) {
        String term = written.strip();
        if (term.startsWith(WORD_ONLY)) {
          term = term.substring(WORD_ONLY.length()).strip();
          wordsOnly.add(TextNormalizer.normalize(term));
        }
        if (!term.isEmpty()) {
          group.add(TextNormalizer.normalize(term));
        }
      }
      for (String term : group) {
        groups.computeIfAbsent(term, t -> new LinkedHashSet<>()).addAll(group);
      }
    }
    Map<String, List<String>> alternatives = new HashMap<>();
    groups.forEach(
        (term, group) ->
            alternatives.put(term, group.stream().filter(other -> !other.equals(term)).toList()));
    return new Synonyms(alternatives, wordsOnly);
  }

  /** Whether {@code term} is to be matched only as a HanLP word, not by its characters. */
  public boolean wordOnly(String term) {
    return wordsOnly.contains(TextNormalizer.normalize(term.strip()));
  }

  /** The other terms that mean what {@code word} means, in file order; empty if none. */
  public List<String> alternativesOf(String word) {
    return alternatives.getOrDefault(TextNormalizer.normalize(word.strip()), List.of());
  }
}
