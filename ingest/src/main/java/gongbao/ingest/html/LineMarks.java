package gongbao.ingest.html;

import gongbao.ingest.html.LineStyles.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the markup shows each line of an article's text to be ({@link LineMark}), from how the page shows it ({@link
 * LineStyles}). A caption stands right under an image (in its box or in the block after it) and shows it: in a caption
 * box, centred where the text's sentences are not, or naming a photo's source ({@code 刘通摄}, {@code 供图}, {@code
 * 视频截图}), or is a brief label where the text's sentences are long ({@code 小花家。}, {@code 搜救现场。}: a short phrase
 * closed by 。, without a comma, not opening by pointing back to the text as {@code 这也看出…} does); a line in the same
 * box, or centred likewise, right under a caption goes on with it. A long line is never a caption. A heading is in a
 * heading element or bold from end to end; code and a list's items are text.
 */
final class LineMarks {

  /** The longest caption of the saved news pages has 48 characters; a paragraph of text is longer than this. */
  private static final int MAX_CAPTION_CHARS = 100;
  /** A photo's credit or source, or a caption's own opening: what a line of text under an image does not say. */
  private static final Pattern PHOTO_WORDS = Pattern.compile(
      "摄(?:影)?[)）]?$|^摄影[：:/／]|供图|截图|图片来[源自]|视觉中国|资料图|新华社发|^▲|^图[为：:/／]|\\s图$");

  /** The longest brief label under an image: at most this, and at most a quarter of the text's median sentence. */
  private static final int MAX_LABEL_CHARS = 24;
  /** A short phrase closed by 。 that does not open by pointing back to the text (这, 那, 此, a pronoun). */
  private static final Pattern LABEL = Pattern.compile("^[^这那此他她它我你，,：:；;][^，,：:；;]*。$");

  /** The end of a sentence, maybe inside a closing quote or bracket: what a paragraph of text ends with. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?][”’」』）)]*$");

  private LineMarks() {}

  /** The mark of each line, in order; null for a paragraph of text. */
  static List<@Nullable LineMark> of(List<HtmlLines.Line> lines) {
    List<HtmlLines.Line> sentences = lines.stream().filter(line -> SENTENCE_END.matcher(line.text()).find()).toList();
    boolean centredApart = sentences.stream().filter(line -> line.styles().contains(Style.CENTRED)).count() * 2
        < sentences.size();
    int longestLabel = Math.min(MAX_LABEL_CHARS, medianLength(sentences) / 4);
    List<@Nullable LineMark> marks = new ArrayList<>(lines.size());
    @Nullable LineMark above = null;
    for (HtmlLines.Line line : lines) {
      LineMark mark = markOf(line, above == LineMark.CAPTION, centredApart, longestLabel);
      marks.add(mark);
      above = mark;
    }
    return marks;
  }

  private static int medianLength(List<HtmlLines.Line> lines) {
    int[] lengths = lines.stream().mapToInt(line -> line.text().length()).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
  }

  private static @Nullable LineMark markOf(
      HtmlLines.Line line, boolean underCaption, boolean centredApart, int longestLabel) {
    Set<Style> styles = line.styles();
    if (styles.contains(Style.CODE) || line.listItem()) {
      return LineMark.TEXT;
    }
    boolean captionShaped = styles.contains(Style.CAPTION)
        || centredApart && styles.contains(Style.CENTRED) && !styles.contains(Style.BOLD);
    boolean underImage = styles.contains(Style.UNDER_IMAGE);
    if (line.text().length() <= MAX_CAPTION_CHARS && (underImage || underCaption)
        && (captionShaped
            || underImage && (PHOTO_WORDS.matcher(line.text()).find() || isBriefLabel(line, longestLabel)))) {
      return LineMark.CAPTION;
    }
    return styles.contains(Style.HEADING) || styles.contains(Style.BOLD) ? LineMark.HEADING : null;
  }

  private static boolean isBriefLabel(HtmlLines.Line line, int longestLabel) {
    return line.text().length() <= longestLabel && LABEL.matcher(line.text()).matches();
  }
}
