package gongbao.ingest.extract;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import gongbao.ingest.analysis.HanLpSegmenters;
import gongbao.ingest.analysis.TextNormalizer;
import gongbao.ingest.article.Article;
import gongbao.ingest.article.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments an article's text once, with a segmenter of its own (one instance per thread). Text is
 * normalised first with the analysis' length-preserving steps, and cut into pieces of bounded length at
 * line and sentence ends so that the cost stays linear. It segments with HanLP's own vocabulary,
 * without the union dictionary of the index analyzer: the extraction rules (names, places, union
 * suffixes) were measured on HanLP's own cuts, and the union dictionary's long terms hide the
 * boundaries of personal names next to them (杭州市旅贸工会主席钱晓岚).
 */
public final class ArticleSegmenter {

  static final int MAX_PIECE_CHARS = 256;

  private final Segment segment = HanLpSegmenters.newSegmenter(HanLpSegmenters.Vocabulary.HANLP_ONLY);

  public ArticleText segment(Article article) {
    List<String> heading = new ArrayList<>();
    for (String line : new String[] {article.kicker(), article.title(), article.subtitle()}) {
      if (line != null && !line.isBlank()) {
        heading.add(line);
      }
    }
    List<String> body = new ArrayList<>();
    for (Paragraph paragraph : article.paragraphs()) {
      body.add(paragraph.text());
    }
    body.addAll(article.captions());
    String dateline = article.dateline();
    return new ArticleText(segment(String.join("\n", heading)), segment(String.join("\n", body)),
        dateline == null ? SegmentedText.empty() : segment(dateline));
  }

  /** Normalises and segments one text. */
  public SegmentedText segment(String rawText) {
    String text = TextNormalizer.normalize(rawText);
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = pieceEnd(text, start);
      for (Term term : segment.seg(text.substring(start, end))) {
        if (!term.word.isBlank()) {
          tokens.add(new Token(term.word, start + term.offset, String.valueOf(term.nature)));
        }
      }
      start = end;
    }
    return new SegmentedText(text, tokens);
  }

  /** The end of the piece from {@code start}: the last line or sentence end within the bound, or a hard cut. */
  static int pieceEnd(String text, int start) {
    int limit = start + MAX_PIECE_CHARS;
    if (limit >= text.length()) {
      return text.length();
    }
    for (int i = limit; i > start; i--) {
      char c = text.charAt(i - 1);
      if (c == '\n' || c == '。' || c == '!' || c == '?' || c == ';' || c == '！' || c == '？' || c == '；') {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
