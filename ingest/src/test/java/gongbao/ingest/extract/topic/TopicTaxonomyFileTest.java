package gongbao.ingest.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gongbao.ingest.extract.ExtractionConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTaxonomyFileTest {

  @TempDir Path temp;

  @Test
  void a_taxonomy_that_is_not_json_is_one_line_naming_where() throws Exception {
    Path file = Files.writeString(temp.resolve("bad.json"), "{\"topics\": [\n");
    ExtractionConfigException e = assertThrows(ExtractionConfigException.class, () -> TopicTaxonomy.load(file));
    assertEquals("taxonomy " + file + " is not valid JSON: Unexpected end-of-input: expected close marker for Array"
        + " (start marker at line: 1, column: 12) (line 2, column 1)", e.getMessage());
  }

  @Test
  void a_missing_taxonomy_says_so() {
    Path file = temp.resolve("nope.json");
    ExtractionConfigException e = assertThrows(ExtractionConfigException.class, () -> TopicTaxonomy.load(file));
    assertEquals("cannot read taxonomy: no such file or folder: " + file, e.getMessage());
  }
}
