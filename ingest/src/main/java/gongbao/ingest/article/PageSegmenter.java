package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks the lines of one page once and cuts them into article drafts: headline runs open articles or
 * become subheads, staff lines become bylines or end credits, photo credits close photo items, reading
 * tips attach to their article, and a paragraph left open by a column break is continued by the next
 * body line even when a box or subhead sits in between.
 */
final class PageSegmenter {

  private static final Pattern SUBHEAD_NUMBERING =
      Pattern.compile("^(?:[●▲◆★☆○◇]|[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、]|第[一二三四五六七八九十\\d]{1,3}[章节部分条])");
  private static final int CONTEXT_CHARS = 1500;
  /** Characters that cannot open a paragraph: particles and conjunctions that continue a sentence. */
  private static final String CANNOT_OPEN = "和与及并而的地得了着过等之或且们";
  /** Two-character words that often open a paragraph followed by a comma. */
  private static final java.util.Set<String> TWO_CHARACTER_OPENERS = java.util.Set.of(
      "近日", "日前", "今年", "去年", "明年", "同时", "此外", "目前", "为此", "据悉", "随后", "其中", "另外", "对此",
      "当天", "当晚", "如今", "然而", "但是", "因此", "首先", "其次", "再次", "最后", "此前", "近期", "届时", "会上",
      "会后", "现场", "期间", "否则", "同样", "可见", "总之", "此后", "之后", "随即", "不过", "而且", "所以", "于是",
      "当前", "眼下", "今天", "昨天", "未来", "以前", "过去", "原来", "后来", "其实", "显然", "确实", "总体", "整体",
      "一是", "二是", "三是", "四是", "五是", "比如", "例如", "比方", "对于", "关于", "至于", "那么", "因为", "虽然",
      "如果", "只有", "只要", "尽管", "起初", "最终", "终于", "记者", "他说", "她说", "我们", "他们", "大家", "近来",
      "年初", "年底", "月初", "月底", "上午", "下午", "晚上", "早上", "中午", "凌晨", "傍晚", "深夜", "此时", "这时");
  private static final int LOOKAHEAD_CHARS = 300;
  private static final int MAX_CAPTION_CHARS = 300;
  private static final int MAX_CAPTION_LINES = 3;
  private static final int MAX_KICKER_CHARS = 60;
  private static final int MAX_SUBTITLE_CHARS = 120;
  /** Below this continuity a single headline-like line opens a new article. */
  static final double NEW_TOPIC_SINGLE = 0.02;
  /** Below this continuity a run of several headline-like lines opens a new article. */
  static final double NEW_TOPIC_GROUP = 0.03;
  static final double COMMA_PENALTY = 0.02;
  static final double SERIES_PENALTY = 0.01;

  /** Scales the thresholds when the article above carries a byline or dateline: on such pages a new article carries one too. */
  static final double SIGNED_FACTOR = 0;

  private final List<PageLine> lines;
  private final LineRole[] roles;
  private final boolean[] photoHead;
  private final boolean[] photoStart;
  /** Caption lines and credits of a photo printed inside an article that goes on after it. */
  private final boolean[] inlinePhoto;
  private final List<ArticleDraft> drafts = new ArrayList<>();
  private final List<String> carriedHeads = new ArrayList<>();
  private @Nullable ArticleDraft current;
  private @Nullable String pendingTip;

  private PageSegmenter(List<PageLine> lines) {
    this.lines = lines;
    this.roles = new LineRole[lines.size()];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = LineClassifier.classify(lines.get(i).text());
    }
    markKickersAndSubtitles();
    this.photoHead = new boolean[lines.size()];
    this.photoStart = new boolean[lines.size()];
    this.inlinePhoto = new boolean[lines.size()];
    markPhotoItems();
  }

  static List<ArticleDraft> segment(List<PageLine> lines) {
    PageSegmenter segmenter = new PageSegmenter(lines);
    segmenter.walk();
    return segmenter.drafts;
  }

  private void walk() {
    int i = 0;
    while (i < lines.size()) {
      PageLine line = lines.get(i);
      switch (roles[i]) {
        case HEADING -> {
          if (!line.text().startsWith("——")) {
            i = headingRun(i);
            continue;
          }
          body(i, line); // an attribution such as ——英国首相特雷莎·梅, not a headline
        }
        case BODY -> body(i, line);
        case STAFF -> staff(line);
        case CREDIT -> credit(i, line);
        case AUTHOR_NOTE -> {
          ArticleDraft draft = draft(line);
          draft.authorNotes.add(line.text());
          draft.ended = true;
          draft.cover(line);
        }
        case READING_TIP -> {
          if (i + 1 < lines.size() && roles[i + 1] == LineRole.BODY) {
            i++;
            readingTip(lines.get(i));
          }
        }
        case TOC -> toc(line);
      }
      i++;
    }
    finish();
  }

  /** Reads a run of headline-like lines (and staff lines right after); returns the index after it. */
  private int headingRun(int from) {
    List<String> blocks = new ArrayList<>();
    int i = from;
    while (i < lines.size() && roles[i] == LineRole.HEADING) {
      PageLine line = lines.get(i);
      if (line.tight() && !blocks.isEmpty() && roles[i - 1] == LineRole.HEADING) {
        blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + " " + line.text());
      } else {
        blocks.add(line.text());
      }
      i++;
      if (line.text().startsWith("——") && i < lines.size() && roles[i] == LineRole.HEADING && !lines.get(i).tight()) {
        roles[i] = LineRole.BODY; // a subtitle opening with a dash is the last line of its group
        break;
      }
    }
    List<PageLine> staff = new ArrayList<>();
    while (i < lines.size() && roles[i] == LineRole.STAFF) {
      staff.add(lines.get(i));
      i++;
    }
    ArticleDraft draft = current;
    if (draft == null || (!draft.hasBody() && !draft.ended && !draft.toc && draft.staffLines.isEmpty())) {
      ArticleDraft target = draft == null ? open(lines.get(from)) : draft;
      target.heads.addAll(blocks);
    } else if (startsArticle(draft, blocks, from, i, !staff.isEmpty())) {
      finish();
      open(lines.get(from)).heads.addAll(blocks);
    } else {
      for (String block : blocks) {
        draft.parts.add(new ArticleDraft.Part(block, true));
      }
    }
    ArticleDraft target = current;
    target.photo |= photoHead[from];
    for (int k = from; k < i; k++) {
      target.cover(lines.get(k));
    }
    for (PageLine line : staff) {
      target.staffLines.add(line.text());
    }
    return i;
  }

  private boolean startsArticle(ArticleDraft draft, List<String> blocks, int from, int next, boolean staffFollows) {
    if (draft.ended || draft.toc || draft.photo || photoHead[from] || staffFollows) {
      return true;
    }
    if (next < lines.size() && roles[next] == LineRole.BODY && BylineParser.hasLead(lines.get(next).text())) {
      return true;
    }
    String last = blocks.get(blocks.size() - 1);
    if (blocks.size() > 1 && Punctuation.endsWithDash(blocks.get(0)) || Punctuation.endsWithBracketedNote(last)) {
      return true; // a kicker, or a title with its column in brackets: 技术迭代打开无限想象力（人民观点）
    }
    if (SUBHEAD_NUMBERING.matcher(blocks.get(0)).find() || draft.lastBodyOpen()) {
      return false;
    }
    ArticleDraft.Part lastBody = draft.lastBody();
    if (lastBody != null && Punctuation.endsWithBracketedNote(lastBody.text())) {
      return true; // the article above closed with its note: （本报约翰内斯堡电）
    }
    String below = following(next);
    if (below.isEmpty()) {
      return blocks.size() > 1;
    }
    double continuity =
        TopicContinuity.score(draft.recentText(CONTEXT_CHARS), String.join("\n", blocks) + "\n" + below);
    double threshold = blocks.size() > 1 ? NEW_TOPIC_GROUP : NEW_TOPIC_SINGLE;
    if (blocks.stream().anyMatch(block -> block.indexOf('，') >= 0 || block.indexOf(',') >= 0)) {
      threshold -= COMMA_PENALTY; // subheads are often two clauses: 组织强“链”,建设链上“主心骨”
    }
    if (draft.subheads() > 0) {
      threshold -= SERIES_PENALTY; // an article with subheads usually has more
    }
    // on a page whose articles carry bylines, an unsigned headline is far more likely a subhead
    return continuity < (isSigned(draft) ? threshold * SIGNED_FACTOR : threshold);
  }

  /** Signed the way union papers sign news: a staff line under the headline, or 本报讯/本刊讯. */
  private static boolean isSigned(ArticleDraft draft) {
    if (!draft.staffLines.isEmpty()) {
      return true;
    }
    for (ArticleDraft.Part part : draft.parts) {
      if (!part.subhead) {
        String dateline = BylineParser.lead(part.text()).dateline();
        return "本报讯".equals(dateline) || "本刊讯".equals(dateline);
      }
    }
    return false;
  }

  /** The body text right after index {@code from}, up to a bounded length. */
  private String following(int from) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < lines.size() && roles[i] == LineRole.BODY && text.length() < LOOKAHEAD_CHARS; i++) {
      String line = lines.get(i).text();
      text.append(line, 0, Math.min(line.length(), LOOKAHEAD_CHARS)).append('\n');
    }
    return text.toString();
  }

  private void body(int i, PageLine line) {
    ArticleDraft draft = current;
    if (inlinePhoto[i] && draft != null && !draft.ended) {
      draft.captions.add(line.text());
      draft.cover(line);
      return;
    }
    if (draft != null && draft.ended && draft.creditLines.isEmpty() && draft.authorNotes.isEmpty() && !draft.toc
        && !draft.endStaffLines.isEmpty() && !startsMidSentence(line.text()) && hasCreditWord(draft.endStaffLines.get(draft.endStaffLines.size() - 1))) {
      draft.ended = false; // a byline printed inside an article (本报记者 …), which goes on
      draft.parts.add(new ArticleDraft.Part(draft.endStaffLines.remove(draft.endStaffLines.size() - 1), false));
    }
    if (photoStart[i] || draft == null || draft.ended) {
      finish();
      draft = open(line);
      draft.photo = photoStart[i];
      if (!draft.photo && !drafts.isEmpty()) {
        draft.warnings.add("text without a headline after the end of the previous article");
      }
    }
    draft.cover(line);
    ArticleDraft.Part open = draft.toc ? null : draft.openPart();
    if (open == null && !draft.toc && continuesCutSubhead(draft, line.text())) {
      ArticleDraft.Part cut = draft.parts.remove(draft.parts.size() - 1);
      open = new ArticleDraft.Part(cut.text(), false);
      draft.parts.add(open);
    }
    if (open != null && open.text.length() == line.text().length() && open.text().equals(line.text())) {
      open = null; // the same text again is a repeat, not a continuation
    }
    if (open != null) {
      open.text.append(line.text());
      open.joins++;
      return;
    }
    if (!draft.parts.isEmpty() && !draft.toc && startsMidSentence(line.text())) {
      draft.warnings.add("paragraph starts mid-sentence, its beginning is missing: " + abbreviate(line.text()));
    }
    draft.parts.add(new ArticleDraft.Part(line.text(), false));
  }

  private void staff(PageLine line) {
    ArticleDraft draft = current;
    if (draft == null || draft.ended && !draft.creditLines.isEmpty()) {
      finish();
      draft = open(line);
    }
    if (draft.hasBody()) {
      draft.endStaffLines.add(line.text());
      draft.ended = true;
    } else {
      draft.staffLines.add(line.text());
    }
    draft.cover(line);
  }

  private void credit(int i, PageLine line) {
    ArticleDraft draft = draft(line);
    if (i > 0 && line.tight() && roles[i - 1] == LineRole.STAFF && !draft.endStaffLines.isEmpty()) {
      draft.creditLines.add(draft.endStaffLines.remove(draft.endStaffLines.size() - 1));
    }
    draft.creditLines.add(line.text());
    draft.ended = !inlinePhoto[i];
    draft.cover(line);
  }

  private void readingTip(PageLine line) {
    ArticleDraft draft = current;
    if (draft != null && !draft.heads.isEmpty() && !draft.ended) {
      draft.readingTip = draft.readingTip == null ? line.text() : draft.readingTip + line.text();
      draft.cover(line);
    } else {
      pendingTip = line.text();
    }
  }

  private void toc(PageLine line) {
    ArticleDraft draft = current;
    if (draft == null || !draft.toc) {
      finish();
      draft = open(line);
      draft.toc = true;
      draft.heads.add(line.text());
    } else {
      draft.parts.add(new ArticleDraft.Part(line.text(), false));
    }
    draft.cover(line);
  }

  private ArticleDraft draft(PageLine line) {
    ArticleDraft draft = current;
    return draft != null ? draft : open(line);
  }

  private ArticleDraft open(PageLine line) {
    ArticleDraft draft = new ArticleDraft(line.start(), line.end());
    draft.heads.addAll(carriedHeads);
    carriedHeads.clear();
    if (pendingTip != null) {
      draft.readingTip = pendingTip;
      pendingTip = null;
    }
    current = draft;
    return draft;
  }

  /** Closes the current draft; headlines that got no body are carried to the next article as columns. */
  private void finish() {
    ArticleDraft draft = current;
    current = null;
    if (draft == null) {
      return;
    }
    if (draft.parts.isEmpty() && !draft.toc) {
      carriedHeads.addAll(draft.heads);
      return;
    }
    drafts.add(draft);
  }

  /**
   * Finds photo items before segmenting: a credit line ({@code … 摄}, or an agency staff line ending a
   * short item) closes up to three short caption lines, under a headline if one stands right above
   * them; without one, the single line above the credit is the caption.
   */
  private void markPhotoItems() {
    for (int c = 0; c < lines.size(); c++) {
      boolean staffCredit = roles[c] == LineRole.STAFF && endsItem(c) && hasCreditWord(lines.get(c).text());
      if (roles[c] != LineRole.CREDIT && !staffCredit) {
        continue;
      }
      int k = c - 1;
      if (k >= 0 && roles[k] == LineRole.STAFF && lines.get(c).tight()) {
        k--;
      }
      int captions = 0;
      while (k >= 0 && captions < MAX_CAPTION_LINES && roles[k] == LineRole.BODY
          && lines.get(k).text().length() <= MAX_CAPTION_CHARS && !BylineParser.hasLead(lines.get(k).text())) {
        k--;
        captions++;
      }
      if (captions == 0) {
        continue;
      }
      if (k >= 0 && roles[k] == LineRole.HEADING) {
        photoHead[k] = true;
        roles[c] = LineRole.CREDIT;
      } else if (!staffCredit && c + 1 < lines.size() && roles[c + 1] == LineRole.BODY
          && !(c + 2 < lines.size() && roles[c + 2] == LineRole.CREDIT)) {
        inlinePhoto[k + captions] = true; // one caption line, inside an article that continues
        inlinePhoto[c] = true;
      } else if (!staffCredit) {
        photoStart[k + captions] = true;
      }
    }
  }

  /**
   * Lines that read as prose on their own but sit in a headline group: a kicker ending with a colon
   * ({@code 国台办：}), or a long one above a title with its column in brackets ({@code 开局良好，进展顺利，…}),
   * and a long subtitle opening with a dash right below a headline.
   */
  private void markKickersAndSubtitles() {
    for (int i = lines.size() - 2; i >= 0; i--) {
      String text = lines.get(i).text();
      boolean afterClosed = i == 0 || roles[i - 1] != LineRole.BODY || Punctuation.endsParagraph(lines.get(i - 1).text());
      if (roles[i] == LineRole.BODY && roles[i + 1] == LineRole.HEADING && afterClosed && isKickerShaped(text)
          && (text.endsWith("：") || text.endsWith(":") || Punctuation.endsWithBracketedNote(lines.get(i + 1).text()))) {
        roles[i] = LineRole.HEADING;
      }
    }
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (roles[i] == LineRole.BODY && roles[i - 1] == LineRole.HEADING && text.startsWith("——")
          && text.length() <= MAX_SUBTITLE_CHARS && !Punctuation.hasInnerSentenceEnd(text, text.length())) {
        roles[i] = LineRole.HEADING;
      }
    }
  }

  private static boolean isKickerShaped(String text) {
    if (text.length() > MAX_KICKER_CHARS || Punctuation.hasInnerSentenceEnd(text, text.length())) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    return first != '（' && first != '(' && last != '。' && last != '；' && last != '，' && last != ',' && last != '、'
        && !LineClassifier.opensLikeSentence(text) && !BylineParser.hasLead(text);
  }

  private boolean endsItem(int i) {
    return i == lines.size() - 1 || roles[i + 1] == LineRole.HEADING;
  }

  private static boolean hasCreditWord(String line) {
    return line.contains("记者") || line.contains("通讯员");
  }

  /**
   * True when the last part is a headline-like line that was in fact the start of a paragraph cut by a
   * column break: it has a comma, and the text now arriving cannot open a paragraph.
   */
  private static boolean continuesCutSubhead(ArticleDraft draft, String text) {
    if (draft.parts.isEmpty()) {
      return false;
    }
    ArticleDraft.Part last = draft.parts.get(draft.parts.size() - 1);
    if (!last.subhead || SUBHEAD_NUMBERING.matcher(last.text()).find()) {
      return false;
    }
    String head = last.text();
    boolean twoClauses = head.indexOf(',') > 0 || head.indexOf('，') > 0;
    return startsMidSentence(text) || twoClauses && CANNOT_OPEN.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * One or two characters and then punctuation, other than a common opener such as {@code 近日,}: the
   * tail of a sentence begun elsewhere ({@code 面,杭州市…}, {@code 代表,今年…}).
   */
  static boolean startsMidSentence(String text) {
    int pause = Punctuation.firstPauseAt(text, 3);
    if (pause == 1 || pause == 2 && text.charAt(1) == '”') {
      return true;
    }
    return pause == 2 && TopicContinuity.isHan(text.charAt(0)) && TopicContinuity.isHan(text.charAt(1))
        && !TWO_CHARACTER_OPENERS.contains(text.substring(0, 2));
  }

  static String abbreviate(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
