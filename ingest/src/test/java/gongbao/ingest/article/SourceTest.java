package gongbao.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {

  private static String shown(String file, String paper) {
    Source source = new Source(file, 3, 9, List.of("warned")).inCorpusLayout(paper);
    assertEquals(List.of(3, 9, List.of("warned")),
        List.of(source.startOffset(), source.endOffset(), source.warnings()));
    return source.file();
  }

  @Test
  void a_page_in_the_corpus_layout_is_named_from_its_papers_folder_on() {
    assertEquals("grrb/2024-04-28/01.txt", shown("/srv/gongbao/corpus/grrb/2024-04-28/01.txt", "grrb"));
    assertEquals("grrb/2024-04-28/01.txt", shown("corpus/grrb/2024-04-28/01.txt", "grrb"));
    assertEquals("zjgrb/undated/02.txt", shown("../corpus/zjgrb/undated/02.txt", "zjgrb"));
    assertEquals("grrb/03.html", shown("/home/editor/papers/grrb/03.html", "grrb"));
  }

  @Test
  void a_page_outside_the_layout_is_named_by_its_file_name_alone() {
    assertEquals("page.txt", shown("/home/editor/scans/page.txt", "unknown"));
    assertEquals("page.txt", shown("page.txt", "grrb"));
    // a folder of the paper's name higher up is not the layout's
    assertEquals("01.txt", shown("/grrb/archive/2024/05/01.txt", "grrb"));
  }
}
