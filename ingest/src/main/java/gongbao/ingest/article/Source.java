package gongbao.ingest.article;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an article came from: the page file and the character offsets of its text in that page, plus
 * anything the splitter was unsure of.
 */
public record Source(String file, int startOffset, int endOffset, List<String> warnings) {

  public Source {
    warnings = List.copyOf(warnings);
  }

  /**
   * This source with the file named by its place in the corpus layout, from the folder of {@code paper} on
   * ({@code grrb/2024-04-28/01.txt}), or by its name alone when no folder of its path is named {@code paper} (a page
   * read from outside the layout): what a public answer shows, so that it never names the folders above the corpus.
   */
  public Source inCorpusLayout(String paper) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException notAPath) {
      return withFile(lastPart(file));
    }
    int parts = path.getNameCount();
    for (int i = parts - 2; i >= Math.max(0, parts - 3); i--) {
      if (path.getName(i).toString().equals(paper)) {
        return withFile(path.subpath(i, parts).toString().replace('\\', '/'));
      }
    }
    Path name = path.getFileName();
    return withFile(name == null ? "" : name.toString());
  }

  private Source withFile(String publicFile) {
    return new Source(publicFile, startOffset, endOffset, warnings);
  }

  private static String lastPart(String file) {
    return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  }
}
