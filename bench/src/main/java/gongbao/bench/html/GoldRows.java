package gongbao.bench.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rows of a tab-separated gold file of this package: comment ({@code #}) and blank lines left out. */
final class GoldRows {

  private GoldRows() {}

  /** Each row's cells; a row of fewer than {@code minCells} cells is an error naming the file and the line. */
  static List<String[]> read(String resource, int minCells) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(GoldRows.class.getResourceAsStream(resource), resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < minCells) {
          throw new IOException(resource + ": expected at least " + minCells + " cells in " + line);
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
