package gongbao.ingest.article;

import java.util.Set;
import java.util.regex.Pattern;

/** Whether a block of text continues a sentence begun above it rather than opening a paragraph. */
final class ParagraphContinuation {

  /**
   * Particles and conjunctions that open the rest of a cut sentence more often than a paragraph: of 18,000 rmrb
   * paragraphs cut at a random point, 395 rests open with 的, 78 with 和, 42 with 等; of all 128,437 paragraphs 11, 76 and
   * 17 do. Not 与, 过, 而, 地 (与…相比, 过去, 而今, 地处: 752 paragraphs, 136 rests) nor 着, 之, 及, 或.
   */
  private static final String CANNOT_OPEN = "的了们得等并且和";
  private static final int JUNCTION_CONTEXT_CHARS = 1500;
  /**
   * The start of a dateline with no 电 yet ({@code 本报北京1月1}, {@code 新华社北京}, {@code 据新}): the rest follows in the
   * text.
   */
  private static final Pattern CUT_DATELINE = Pattern.compile("^(?:本报|据?新华社|据新)(?!.*记者)[^电，。\\s]{0,12}$");
  /** A line that is only a number ({@code 10} + {@code 月31日，人民大会堂。}): no subhead is. */
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
  /** The rest of a date whose number the line above ends on: {@code 月22日}, {@code 日电}. */
  private static final Pattern CUT_DATE_REST = Pattern.compile("月\\d|日[电，,、]");
  /** A month that the line above ends on, its day to follow: {@code …2005年8月} + {@code 15日，…}. */
  private static final Pattern MONTH_AT_END = Pattern.compile("\\d月$");
  /** The day of a date whose month the line above ends on: {@code 15日，…}. */
  private static final Pattern DAY_AT_START = Pattern.compile("\\d{1,2}日");
  /** A comma or a sentence's end: a dash-led line that has one leads into text rather than naming a speaker. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[，,。；;！!？?]");
  /**
   * A speaker's line under a quotation is short (the longest of the 384 rmrb ones has 41 characters); an open
   * paragraph that grows by joins is not searched again for clauses, so each join costs the same.
   */
  private static final int MAX_SPEAKER_LINE_CHARS = 60;
  /** A figure and its unit, nothing else: {@code 2700多亿元}, {@code 96.98%}, {@code 13.95亿人次}, {@code 7亿多}. */
  private static final Pattern FIGURE = Pattern.compile("[\\d.]+(?:[%％]|[万亿千百]*\\p{IsHan}{0,4}?"
      + "(?:元|吨|人|户|个|件|次|辆|亩|米|公里|千瓦时|人次|美元|倍|家|项|座|所|台|套|头|只|株|棵|张|篇|部|条)|[万亿]+)"
      + "(?:以上|左右|多|余|多元)?");
  static final int MIN_JUNCTION_REPEATS = 2;
  static final int MIN_PAGE_JUNCTION_REPEATS = 3;
  /** A box's text that stops on a clause shorter than this was cut by a column break. */
  private static final int MIN_BOX_LAST_CLAUSE_CHARS = 5;
  private static final String CLAUSE_ENDS = "，,、；;：:。！？!?";
  /** Punctuation that cannot open a paragraph: it closes or continues what came before. */
  private static final String CANNOT_OPEN_PUNCTUATION = "，,、。；;：:）)」』”’》！？!?";
  private static final String OPENING_PARTICLES = "的了们";
  private static final Set<String> PARTICLE_WORDS = Set.of("的确", "了解");
  /** Two-character words that often open a paragraph followed by a comma. */
  private static final Set<String> TWO_CHARACTER_OPENERS = Set.of(
      "近日", "日前", "今年", "去年", "明年", "同时", "此外", "目前", "为此", "据悉", "随后", "其中", "另外", "对此",
      "当天", "当晚", "如今", "然而", "但是", "因此", "首先", "其次", "再次", "最后", "此前", "近期", "届时", "会上",
      "会后", "现场", "期间", "否则", "同样", "可见", "总之", "此后", "之后", "随即", "不过", "而且", "所以", "于是",
      "当前", "眼下", "今天", "昨天", "未来", "以前", "过去", "原来", "后来", "其实", "显然", "确实", "总体", "整体",
      "一是", "二是", "三是", "四是", "五是", "比如", "例如", "比方", "对于", "关于", "至于", "那么", "因为", "虽然",
      "如果", "只有", "只要", "尽管", "起初", "最终", "终于", "记者", "他说", "她说", "我们", "他们", "大家", "近来",
      "年初", "年底", "月初", "月底", "上午", "下午", "晚上", "早上", "中午", "凌晨", "傍晚", "深夜", "此时", "这时");

  private ParagraphContinuation() {}

  /**
   * True when the last part is a headline-like line that was in fact the start of a paragraph cut by a
   * column break: the text now arriving continues it ({@link #continuesLine}).
   */
  static boolean continuesCutSubhead(ArticleDraft draft, String text, CharacterPairs page) {
    if (draft.parts.isEmpty()) {
      return false;
    }
    ArticleDraft.Part last = draft.parts.get(draft.parts.size() - 1);
    if (!last.subhead) {
      return false;
    }
    // a numbered subhead ends where a sentence could (三、扎实推进乡村建设): only the evidence of a cut line continues it
    return ArticleBoundary.SUBHEAD_NUMBERING.matcher(last.text()).find()
        ? continuesCutLine(last.text(), text, page)
        : continuesLine(last.text(), text, draft.recentText(JUNCTION_CONTEXT_CHARS), page);
  }

  /**
   * True when {@code text} continues the open paragraph {@code open} across the subheads printed after it: only on the
   * evidence at the junction ({@link #continuesLine}). A paragraph left without its closing punctuation by the source
   * ({@code …也将为这座城市发展注入全新动力} + {@code 敬礼！} + {@code 当球场上…}) is not continued past a subhead.
   */
  static boolean continuesAcrossSubheads(ArticleDraft draft, ArticleDraft.Part open, String text, CharacterPairs page) {
    return continuesLine(open.text(), text, draft.recentText(JUNCTION_CONTEXT_CHARS), page);
  }

  /**
   * True when the last part is a subhead that {@code text} completes by the evidence of a cut line ({@link
   * #continuesCutLine}), even under an unfinished paragraph above it that would otherwise take the text: a joint
   * statement's paragraphs end on commas, and {@code 遵循各有关方在} + {@code 非歧视原则基础上…} is one of them cut in two.
   */
  static boolean cutsLastSubhead(ArticleDraft draft, String text, CharacterPairs page) {
    if (draft.parts.isEmpty()) {
      return false;
    }
    ArticleDraft.Part last = draft.parts.get(draft.parts.size() - 1);
    return last.subhead && continuesCutLine(last.text(), text, page);
  }

  /**
   * True when a paragraph that ends without a full stop is still whole by its form: it ends on a colon or a semicolon,
   * leading into what the page prints under it ({@code …激动的心情：} + {@code “我还记得…”}, {@code 一是…；} +
   * {@code 二是…}), or it is a short line opening with a dash and has no clause, naming who said the quotation above
   * ({@code ——中国工程院院士邬贺铨}). Of the rmrb paragraphs 1,588 end on a colon or semicolon, and 384 open with a dash and have
   * neither a full stop nor a comma; of 18,000 paragraphs cut at a random point, 49 first halves end so and 48 are so
   * (a dash that leads a section, {@code ——民营经济深享红利，增强了…}, has its clauses). A figure with its unit alone
   * ({@code 2700多亿元}, {@code 96.98%}) heads what the text under it explains: 127 rmrb paragraphs, 1 random first half.
   */
  static boolean standsApart(String text) {
    return Punctuation.endsWithColon(text) || text.endsWith("；") || text.endsWith(";")
        || text.startsWith("——") && text.length() <= MAX_SPEAKER_LINE_CHARS && !CLAUSE_MARK.matcher(text).find()
        || FIGURE.matcher(text).matches();
  }

  /**
   * True when {@code text} continues a paragraph that {@link #standsApart} all the same: it cannot open a paragraph, or
   * the junction cuts a word ({@code ——布设重大创新基} + {@code 地。}).
   */
  static boolean continuesApartLine(String line, String text, CharacterPairs page) {
    return cannotOpenParagraph(text) || JunctionWords.cutsAWord(line, text) || splitsAWordOfThePage(line, text, page);
  }

  /** True when {@code line} is the start of a dateline cut by a column break: {@code 本报北京10月}, {@code 据新}. */
  static boolean isCutDateline(String line) {
    return CUT_DATELINE.matcher(line).matches();
  }

  /**
   * True when the last of two or more headline lines, with no body yet, was in fact the start of the first
   * paragraph cut by a column break, often with a reading-tip box between the halves ({@code 近} + box +
   * {@code 年来，河南省…}): the text now arriving cannot open a paragraph, or the line leaves a bracket or
   * quotation open, or the junction cuts a word. Weaker evidence is not enough here: a first paragraph
   * often opens with a name and a comma ({@code 长江，在重庆…}), and a page's pairs of characters often
   * span a title and its dateline.
   */
  static boolean continuesLastHead(ArticleDraft draft, String text) {
    if (draft.heads.size() < 2 || !draft.parts.isEmpty() || !draft.staffLines.isEmpty()) {
      return false;
    }
    String head = draft.heads.get(draft.heads.size() - 1);
    return cutBetween(head, text) || !Punctuation.endsParagraph(head) && isCutDateline(head);
  }

  /**
   * True when {@code next} is the second half of {@code line}, cut by a column break: by the evidence {@link
   * #continuesLastHead} takes, or a pair of characters the page uses elsewhere at the junction. For a subhead cut in two
   * ({@code 曾经腥臭的} + {@code 鱼塘变成湿地公园}), a headline-like line completing the text above it ({@code 命运共} + box +
   * {@code 同体}), and a reading-tip box completed by the first line under it. Some boxes end without punctuation, and
   * the paragraph under them starts one of its own.
   */
  static boolean continuesCutLine(String line, String next, CharacterPairs page) {
    return cutBetween(line, next) || splitsAWordOfThePage(line, next, page);
  }

  /**
   * True when {@code text}, the first line under a reading-tip box whose text does not end a paragraph, is the rest of
   * that text: the evidence of {@link #continuesCutLine}, or a last clause too short to be whole ({@code …经过大赛的历练，她}).
   * Of the 523 {@code 核心阅读} texts in the rmrb articles, 38 end without punctuation, all on a clause of seven
   * characters or more.
   */
  static boolean continuesBox(String box, String text, CharacterPairs page) {
    return continuesCutLine(box, text, page) || endsOnShortClause(box);
  }

  /** True when the last clause of {@code text} is shorter than a whole one: {@code …经过大赛的历练，她}. */
  static boolean endsOnShortClause(String text) {
    return text.length() - lastClauseStart(text) < MIN_BOX_LAST_CLAUSE_CHARS;
  }

  /** Where the last clause of {@code text} starts: after its last comma, pause or stop. */
  private static int lastClauseStart(String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        start = i + 1;
      }
    }
    return start;
  }

  /**
   * True when a lone headline line, with no text under it yet, was the first half of a paragraph cut by a column break
   * and {@code text} its second half ({@code 塞西表} + {@code 示，埃方愿同中方…}): by what the junction shows, not by a
   * last 的, on which a title may end ({@code 外交部：美方在涉疆问题上的伎俩完全是徒劳的}).
   */
  static boolean continuesLoneHead(String head, String text) {
    return cutAtJunction(head, text);
  }

  /**
   * True when a line that does not end a paragraph is cut from what follows it: the text after it cannot open a
   * paragraph, the line leaves a bracket or quotation open or ends where no headline does, or the junction cuts a word
   * or a number. A line opening with a dash is a subtitle, never a first half.
   */
  private static boolean cutBetween(String line, String text) {
    return cutAtJunction(line, text) || mayBeCut(line) && JunctionWords.endsOnLinkingWord(line);
  }

  /**
   * The evidence of {@link #cutBetween} at the junction itself: the text cannot open a paragraph, the line leaves a
   * bracket or quotation open, or a word or a number is cut.
   */
  static boolean cutAtJunction(String line, String text) {
    return mayBeCut(line) && (cannotOpenParagraph(text) || leavesPairOpen(line) || JunctionWords.cutsAWord(line, text)
        || cutsANumber(line, text));
  }

  /**
   * True when a line of a headline run is the rest of the line above it, which a column break cut inside a word: it
   * cannot open a paragraph and HanLP reads a word across the junction ({@code 联通5G，让未来生} + {@code 长，让生活“燃”起来}).
   * Both are asked: 11 rmrb headline lines open with one character and a pause ({@code 看，爸爸的军功章}).
   */
  static boolean cutsHeadlineLine(String line, String next) {
    return mayBeCut(line) && cannotOpenParagraph(next) && JunctionWords.cutsAWord(line, next);
  }

  private static boolean mayBeCut(String line) {
    return !Punctuation.endsParagraph(line) && !line.startsWith("——");
  }

  /**
   * True when digits meet across the junction ({@code 本报北京1月1} + {@code 7日电}), or a decimal point and a digit
   * ({@code 53.} + {@code 7万人}): a number cut in two; or a date cut after its number ({@code …于2020年5} +
   * {@code 月22日召开}): no rmrb paragraph opens with {@code 月} and a digit or with {@code 日电}, {@code 日，} or
   * {@code 日、}; 44 of 18,000 cut at random do. Or a date cut after its month ({@code 2005年8月} + {@code 15日，…}):
   * 262 rmrb paragraphs open with a day, but only 2 end on a month.
   */
  private static boolean cutsANumber(String head, String text) {
    boolean afterDigit = Character.isDigit(head.charAt(head.length() - 1));
    return (afterDigit || Punctuation.endsOnDecimalPoint(head)) && Character.isDigit(text.charAt(0))
        || afterDigit && CUT_DATE_REST.matcher(text).lookingAt()
        || MONTH_AT_END.matcher(head).find() && DAY_AT_START.matcher(text).lookingAt();
  }

  /**
   * True when {@code text} continues the headline-like line {@code head} rather than opening a paragraph under it: the
   * evidence of a cut line ({@link #continuesCutLine}), or the text cannot open a paragraph, or the head has two
   * clauses and the text opens with a particle or conjunction, or the article uses the pair of characters at the
   * junction elsewhere, or the head is a bare number or a dateline without its {@code 电} ({@code 新华社北京1月} +
   * {@code 25日电…}).
   * A head that ends a sentence is whole: a question ({@code 问：…是什么？}) is not continued by the answer under it
   * ({@code 答：…}, as 84 rmrb paragraphs open). Two characters and a comma ({@code 挑战，是…}
   * under {@code 敢于迎接挑战}) are not evidence here: 1,536 rmrb paragraphs open so, and on the training dates the subheads
   * such text took (53 on clean pages) outnumbered the cut lines it completed (8).
   */
  private static boolean continuesLine(String head, String text, String article, CharacterPairs page) {
    if (Punctuation.endsParagraph(head)) {
      return false;
    }
    boolean twoClauses = head.indexOf(',') > 0 || head.indexOf('，') > 0;
    return continuesCutLine(head, text, page) || cannotOpenParagraph(text)
        || twoClauses && CANNOT_OPEN.indexOf(text.charAt(0)) >= 0 || splitsAWordOfTheArticle(head, text, article)
        || BARE_NUMBER.matcher(head).matches() || isCutDateline(head);
  }

  /**
   * True when the last character of {@code head} and the first of {@code text} are a pair the page uses
   * at least {@value #MIN_PAGE_JUNCTION_REPEATS} times: the evidence of the article alone, but drawn from
   * the whole page, so that a word the article uses once ({@code 院长}) is known from its neighbours.
   */
  static boolean splitsAWordOfThePage(String head, String text, CharacterPairs page) {
    return page.count(head.charAt(head.length() - 1), text.charAt(0)) >= MIN_PAGE_JUNCTION_REPEATS;
  }

  /**
   * True when the last character of {@code head} and the first of {@code text} make a pair of characters
   * the article uses elsewhere at least {@value #MIN_JUNCTION_REPEATS} times: the line was cut inside a
   * word ({@code 助力企业稳} + {@code 步前行}), not ended as a subhead.
   */
  static boolean splitsAWordOfTheArticle(String head, String text, String article) {
    char last = head.charAt(head.length() - 1);
    char first = text.charAt(0);
    if (!HanGrams.isHan(last) || !HanGrams.isHan(first)) {
      return false;
    }
    int repeats = 0;
    String rest = text.length() > JUNCTION_CONTEXT_CHARS ? text.substring(0, JUNCTION_CONTEXT_CHARS) : text;
    for (String where : new String[] {article, rest}) {
      for (int i = where.indexOf(last); i >= 0 && i + 1 < where.length(); i = where.indexOf(last, i + 1)) {
        if (where.charAt(i + 1) == first) {
          repeats++;
        }
      }
    }
    return repeats >= MIN_JUNCTION_REPEATS;
  }

  /** True when the text opens a quotation, bracket or book title it does not close: {@code 在这堂“公开课}. */
  static boolean leavesPairOpen(String text) {
    return Punctuation.leavesOpen(text, "“", "”")
        || Punctuation.leavesOpen(text, Punctuation.BRACKET_OPENS, Punctuation.BRACKET_CLOSES)
        || Punctuation.leavesOpen(text, "《", "》");
  }

  /**
   * True for text opening with 的, 了 or 们 other than in 的确 and 了解: of the 64,513 paragraphs of the rmrb
   * training dates, only those two words open one with these characters ({@code 的“经络”上，…} is the tail
   * of a sentence cut by a column break).
   */
  static boolean opensWithParticle(String text) {
    return !text.isEmpty() && OPENING_PARTICLES.indexOf(text.charAt(0)) >= 0
        && !(text.length() >= 2 && PARTICLE_WORDS.contains(text.substring(0, 2)));
  }

  /**
   * What cannot open a paragraph ({@link #cannotOpenParagraph}), or two characters and then punctuation other
   * than a common opener such as {@code 近日,}: the tail of a sentence begun elsewhere ({@code 代表,今年…}).
   */
  static boolean startsMidSentence(String text) {
    if (cannotOpenParagraph(text)) {
      return true;
    }
    int pause = Punctuation.firstPauseAt(text, 3);
    return pause == 2 && HanGrams.isHan(text.charAt(0)) && HanGrams.isHan(text.charAt(1))
        && !TWO_CHARACTER_OPENERS.contains(text.substring(0, 2));
  }

  /** A comma, a stop or a closing quote or bracket first: no paragraph and no headline opens so. */
  static boolean opensWithClosingPunctuation(String text) {
    return !text.isEmpty() && CANNOT_OPEN_PUNCTUATION.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Nothing but closing punctuation ({@code ”}, {@code ）。}): the end of the paragraph above, which a column break cut
   * right before its closing quote or bracket. Of the rmrb paragraphs only six are so made, each a lone question mark,
   * which joined to the paragraph above keeps its text in order.
   */
  static boolean closesParagraphAbove(String text) {
    return opensWithClosingPunctuation(text) && text.chars().allMatch(c -> CANNOT_OPEN_PUNCTUATION.indexOf(c) >= 0);
  }

  /**
   * Punctuation first, a particle first ({@link #opensWithParticle}), one character and then punctuation
   * ({@code 面，杭州市…}) other than an item's number ({@code 三、保障措施}, which opens 554 rmrb paragraphs) or a colon
   * ({@code 答：…}, {@code 问：…}: 170 rmrb paragraphs, 27 of 18,000 cut at random), or two and then a full stop
   * ({@code 岗位。全国…}: 14 of 120,107 rmrb paragraphs open so, 363 of 18,000 cut at random): no paragraph opens so.
   */
  static boolean cannotOpenParagraph(String text) {
    if (opensWithClosingPunctuation(text)) {
      return true;
    }
    if (opensWithParticle(text)) {
      return true;
    }
    int pause = Punctuation.firstPauseAt(text, 3);
    return pause == 1 && !ArticleBoundary.SUBHEAD_NUMBERING.matcher(text).lookingAt()
        && !Punctuation.isColon(text.charAt(1))
        || pause == 2 && (text.charAt(1) == '”'
            || text.charAt(2) == '。' && HanGrams.isHan(text.charAt(0)) && HanGrams.isHan(text.charAt(1)));
  }
}
