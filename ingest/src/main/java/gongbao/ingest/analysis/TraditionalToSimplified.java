package gongbao.ingest.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Maps a stray traditional character to its simplified form, one {@code char} to one {@code char}, so
 * offsets stay true (工會 → 工会). The table is the resource {@code traditional-to-simplified.txt}
 * (derived from HanLP's t2s data, Apache-2.0; its header says how). Characters that are themselves
 * simplified (anything in GB 2312) are never changed.
 */
final class TraditionalToSimplified {

  private static final String RESOURCE = "traditional-to-simplified.txt";
  private static final char[] TABLE = load();

  private TraditionalToSimplified() {}

  static char simplify(char c) {
    return TABLE[c];
  }

  /** How many characters the table changes. */
  static int size() {
    int changed = 0;
    for (int c = 0; c < TABLE.length; c++) {
      if (TABLE[c] != c) {
        changed++;
      }
    }
    return changed;
  }

  private static char[] load() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    try (InputStream in = TraditionalToSimplified.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.length() != 2) {
          throw new IllegalStateException(RESOURCE + ": not two characters: " + line);
        }
        table[line.charAt(0)] = line.charAt(1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return resolveChains(table);
  }

  /**
   * Follows chains to their end (薴 → 苧 → 苎 becomes 薴 → 苎), so that simplifying twice changes nothing:
   * normalised text must normalise to itself.
   */
  private static char[] resolveChains(char[] table) {
    for (int c = 0; c < table.length; c++) {
      char to = table[c];
      for (int step = 0; step < 8 && table[to] != to; step++) {
        to = table[to];
      }
      table[c] = to;
    }
    return table;
  }
}
