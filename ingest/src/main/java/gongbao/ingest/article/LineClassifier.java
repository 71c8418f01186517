package gongbao.ingest.article;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges what a single line is from its own text. Only bounded prefixes and suffixes are examined, so
 * a line of any length costs the same.
 */
public final class LineClassifier {

  /** Headlines, labels and subheads are never longer than this. */
  static final int MAX_HEADING_CHARS = 48;
  /** A kicker may trail off ({@code 写春联、赏年画、进博物馆……}); prose that does is longer. */
  private static final int MAX_ELLIPSIS_HEADING_CHARS = 20;

  private static final Pattern TOC =
      Pattern.compile("^(?:.{0,30}(?:要目|目录|目次)|扫一扫.{0,30}|扫码(?:观看|阅读|收听|关注|下载).{0,30}|扫描二维码.{0,30}|.{0,20}(?:订阅热线|广告热线).{0,30})$");
  private static final Pattern DATE_OPENER =
      Pattern.compile("^(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:\\d{1,2}时)?(?:上旬|中旬|下旬|上午|下午|晚上|晚|前后|以来|至今)?[,，]");
  private static final int MAX_DATE_LINE_CHARS = 12;
  private static final int MAX_PROMOTION_CHARS = 20;
  private static final Pattern PROMOTION = Pattern.compile("[看品读听]\\p{IsHan}{2,6}\\s+[看品读听分]\\p{IsHan}{2,6}");
  private static final Pattern ONLY_DATE = Pattern.compile("\\d{4}年\\d{1,2}月(\\d{1,2}日)?");
  /** A document's title is rarely longer; the longest rmrb one has 68 characters. */
  private static final int MAX_DOCUMENT_TITLE_CHARS = 120;
  /** What a document's title ends on, what the document is: {@code …关于…的决定}, {@code 关于《…（草案）》的说明}. */
  private static final List<String> DOCUMENT_KINDS = List.of("决议", "决定", "意见", "通知", "办法", "规定", "条例", "公告",
      "说明", "公报", "报告", "批复", "方案", "纲要", "规划", "（草案）");
  /** A teller's line ({@link #isToldBy}) names a place, a role and a person: never a paragraph's length. */
  private static final int MAX_TOLD_BY_CHARS = 60;
  /** The labels that open a line of notice ({@link #isNoticeLine}). */
  private static final Set<String> NOTICE_LABELS = Set.of("附件", "书名", "作者", "时间", "地点", "地址", "开馆时间", "开放时间",
      "主办单位", "承办单位", "协办单位", "主办", "承办", "栏目投稿邮箱", "投稿邮箱", "电子信箱", "电子邮箱", "咨询电话", "联系电话",
      "传真", "下期话题", "关键词", "日程", "来源", "网址", "推荐读物");
  /** The longest label of {@link #NOTICE_LABELS} with room for a space or two inside it. */
  private static final int MAX_NOTICE_LABEL_CHARS = 8;
  private static final String SENTENCE_PUNCTUATION = "，,。；;！!？?：:";
  private static final Pattern NUMBERED_CAPTION = Pattern.compile("^(?:图片说明[：:])?(?:上|中|下|左|右|左上|右上|左下|右下)?图[①-⑳\\d]*[：:]");
  /** The pause after an item's number ({@code 三、狠抓自身建设，提升…}), which is not one of the headline's clauses. */
  private static final Pattern NUMBERED_ITEM_PAUSE = Pattern.compile("(?:[一二三四五六七八九十]{1,3}|\\d{1,2})、");
  /**
   * Someone said, and a comma ({@code …主任李全强说，习近平总书记的勉励和厚爱}): text, the first half of a paragraph a
   * column break cut. 3 rmrb headline lines hold it (one a kicker ending with a dash) and 18 short unpunctuated
   * paragraphs, nearly all lead-ins ending with a colon; 522 of 18,000 random first halves of up to 48 characters do.
   */
  private static final Pattern SPEECH_LEAD = Pattern.compile("(?:说|表示|指出|认为|介绍)[，,]");
  private static final String CANNOT_END = "是让从该那这也又再以而但或并且若如自跟她它每各很更已曾";
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "此外", "同时", "随着", "近日", "日前", "近年来", "目前", "据悉", "据了解", "为此", "另外", "其中", "随后",
          "然而", "但是", "因此", "如今", "截至", "当天", "当晚", "去年", "今年", "此前", "近期", "对此", "记者", "据介绍");

  private static final Pattern READING_TIP_LABEL = Pattern.compile("【?(?:阅读提示|核心阅读|划重点)】?[：:]?");

  private LineClassifier() {}

  /**
   * The label line of a reading-tip box ({@code 阅读提示}, {@code 核心阅读}, and the key points of news sites and WeChat
   * accounts, {@code 划重点：}); the box's text is the next line.
   */
  public static boolean isReadingTipLabel(String line) {
    return READING_TIP_LABEL.matcher(line).matches();
  }

  static LineRole classify(String line) {
    if (isReadingTipLabel(line)) {
      return LineRole.READING_TIP;
    }
    if (line.length() <= 60 && TOC.matcher(line).matches()) {
      return LineRole.TOC;
    }
    if (BylineParser.isAuthorNote(line)) {
      return LineRole.AUTHOR_NOTE;
    }
    if (BylineParser.isCreditLine(line)) {
      return LineRole.CREDIT;
    }
    if (BylineParser.isStaffLine(line)) {
      return LineRole.STAFF;
    }
    if (Punctuation.isBracketedNote(line)) {
      return LineRole.BODY; // a closing note: （本报约翰内斯堡电）
    }
    if (isDateLine(line) || isCaptionLead(line)) {
      // a date line or a caption that says so (图②：北京站，…; 图为…, however short a column break cut it: 145 rmrb
      // paragraphs open so, no headline line)
      return LineRole.BODY;
    }
    if (isNoticeLine(line) || isPromotion(line)) {
      return LineRole.BODY;
    }
    return looksLikeHeading(line) || isLongDocumentTitle(line) ? LineRole.HEADING : LineRole.BODY;
  }

  /**
   * The title of a resolution, decision or notice, longer than other headlines and naming its subject with {@code 关于}
   * ({@code 第十三届全国人民代表大会第三次会议关于…的决议}), with no pause or stop but enumeration commas. Of the rmrb
   * articles 8 titles and no paragraph longer than {@value #MAX_HEADING_CHARS} characters are so shaped.
   */
  static boolean isLongDocumentTitle(String line) {
    if (line.length() <= MAX_HEADING_CHARS || line.length() > MAX_DOCUMENT_TITLE_CHARS || !endsOnDocumentKind(line)) {
      return false; // a paragraph of text ends on its full stop: given up at once
    }
    return !hasSentencePunctuation(line) && line.contains("关于");
  }

  private static boolean endsOnDocumentKind(String line) {
    for (String kind : DOCUMENT_KINDS) {
      if (line.endsWith(kind)) {
        return true;
      }
    }
    return false;
  }

  /** A line that is only a date, with or without its day ({@code 2019年10月26日}, {@code 2005年8月}): text, no heading. */
  static boolean isDateLine(String line) {
    return line.length() <= MAX_DATE_LINE_CHARS && ONLY_DATE.matcher(line).matches();
  }

  /**
   * A line that is a whole date ({@code 2019年10月26日}): the date a document or letter was signed, a paragraph of its
   * own. Of the 58 such paragraphs in the rmrb articles, 45 stand inside an article, never continued by the next line.
   * A date without its day ({@code 2005年8月}) was cut from the text under it ({@code 15日，…}).
   */
  static boolean isSigningDate(String line) {
    return isDateLine(line) && line.endsWith("日");
  }

  /**
   * A promotion of the paper's other products closing an article, two slogans that each bid the reader look, taste, read
   * or listen ({@code 看人民映像　　品百味人生}, {@code 看麻辣财经　　分析深一度}): text of the article above, not the kicker of the next.
   */
  static boolean isPromotion(String line) {
    return line.length() <= MAX_PROMOTION_CHARS && PROMOTION.matcher(line).matches();
  }

  /**
   * Who told the story a reporter wrote down ({@code 湖南长沙…社区党总支书记刘珍讲述}, above {@code 本报记者 王云娜整理}):
   * 29 lines of the rmrb articles' text and no headline line end so.
   */
  static boolean isToldBy(String line) {
    return line.length() <= MAX_TOLD_BY_CHARS && line.endsWith("讲述") && !hasSentencePunctuation(line);
  }

  private static boolean hasSentencePunctuation(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (SENTENCE_PUNCTUATION.indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A labelled line of notice, text however it ends, never a headline line nor continued by the next line unless cut: a
   * document's attachments ({@code 附件：…考核指标（见图）}), a book listed ({@code 书名：装台  作者：陈彦}), an event's
   * time, place or organisers ({@code 开馆时间：周三至周日9：00—16：30}), where to write or call ({@code 咨询电话：…}). In the
   * rmrb articles 200 paragraphs open with these labels and no headline line; read as headings, such lines at the end of
   * an article became the kicker of the next.
   */
  static boolean isNoticeLine(String line) {
    for (int i = 0; i < Math.min(line.length(), MAX_NOTICE_LABEL_CHARS + 1); i++) {
      char c = line.charAt(i);
      if (c == '：' || c == ':') {
        return i >= 2 && NOTICE_LABELS.contains(line.substring(0, i).strip());
      }
    }
    return false; // only a bounded prefix is looked at: a long paragraph costs no more than a short one
  }

  /** A caption naming one of several photos: {@code 图②：北京站，…}, {@code 左图：…}. */
  static boolean isNumberedCaption(String line) {
    return NUMBERED_CAPTION.matcher(line).find();
  }

  /**
   * A photo caption that says so: numbered ({@link #isNumberedCaption}) or opening with {@code 图为}, or the label over an
   * article's numbered captions ({@code 图片说明：}).
   */
  static boolean isCaptionLead(String line) {
    return isNumberedCaption(line) || line.startsWith("图为") || isCaptionsLabel(line);
  }

  /** The label over an article's numbered captions, on a line of its own: {@code 图片说明：}. */
  static boolean isCaptionsLabel(String line) {
    return line.equals("图片说明：") || line.equals("图片说明:");
  }

  /** Short, without a sentence end inside or at the end, no dateline, not opening like a sentence. */
  static boolean looksLikeHeading(String line) {
    if (line.length() > MAX_HEADING_CHARS || line.startsWith("- ") || line.startsWith("·")) {
      return false;
    }
    if (ParagraphContinuation.opensWithClosingPunctuation(line) || line.startsWith("…")) {
      return false; // no rmrb headline line opens so; 106 paragraphs are an ellipsis alone
    }
    if (Punctuation.endsLikeProse(line) || Punctuation.hasInnerSentenceEnd(line, line.length())) {
      return false;
    }
    if ((line.endsWith("…") || line.endsWith("...")) && line.length() > MAX_ELLIPSIS_HEADING_CHARS) {
      return false;
    }
    if (BylineParser.hasLead(line) || endsMidClause(line)
        || SPEECH_LEAD.matcher(line).find() && !Punctuation.endsWithDash(line)) {
      return false;
    }
    int pauses = pauses(line) - (NUMBERED_ITEM_PAUSE.matcher(line).lookingAt() ? 1 : 0);
    return !opensLikeSentence(line) && !(pauses >= 2 && !Punctuation.endsWithDash(line) && line.length() >= 16);
  }

  /**
   * True for a line ending with a character that leaves its clause open: a copula, preposition,
   * conjunction, adverb or demonstrative that needs what follows ({@code 学生的鼓励让}, {@code 祖母常说，春节是}).
   * None of the 16,633 headlines and short paragraphs of the rmrb training dates ends with one; a line
   * cut there by a column break is the first half of a paragraph.
   */
  static boolean endsMidClause(String line) {
    return !line.isEmpty() && CANNOT_END.indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  /** Commas and enumeration commas outside quotes: headlines have at most one. */
  static int pauses(String line) {
    int pauses = 0;
    int quoted = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '“' || c == '《') {
        quoted++;
      } else if ((c == '”' || c == '》') && quoted > 0) {
        quoted--;
      } else if (quoted == 0 && (c == ',' || c == '，' || c == '、')) {
        pauses++;
      }
    }
    return pauses;
  }

  /**
   * True for a line that opens like running text cut off by a column break: {@code 8月中旬,外卖…},
   * {@code 此外,在提升…}. Headlines do not open with a time or a connective followed by a comma.
   */
  static boolean opensLikeSentence(String line) {
    if (DATE_OPENER.matcher(line.length() > 24 ? line.substring(0, 24) : line).find()) {
      return true;
    }
    int pause = Punctuation.firstPauseAt(line, 8);
    if (pause > 0 && SENTENCE_OPENERS.contains(line.substring(0, pause))) {
      return true;
    }
    return line.startsWith("随着") && line.indexOf(',') > 0 || line.startsWith("随着") && line.indexOf('，') > 0;
  }
}
