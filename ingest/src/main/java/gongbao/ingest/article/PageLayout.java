package gongbao.ingest.article;

import gongbao.ingest.html.ArticleMarkup;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a page with their roles, judged first line by line ({@link LineClassifier}) and then in
 * context: kickers and long subtitles inside headline groups, and photo items (captions closed by a
 * credit) as separate items or as photos inside an article.
 */
final class PageLayout {

  private static final int MAX_CAPTION_CHARS = 300;
  private static final int MAX_CAPTION_LINES = 3;
  /** A box's label after a square: {@code ■链接}, {@code ■ 编后}. */
  private static final Pattern MARKED_BOX_LABEL = Pattern.compile("[■□]\\s*\\p{IsHan}{2,4}");
  /** Two or three characters alone on a line: a name, or a short title that reads as one. */
  private static final Pattern BARE_WORD = Pattern.compile("\\p{IsHan}{2,3}");
  /**
   * How the caption of a photo printed on its own under an article opens: when it was taken ({@code 3月22日下午，},
   * {@code 近日，}), as the union pages' untitled photos do. A caption saying what the photo shows ({@code 图为…}) under
   * text is that text's photo: 125 rmrb articles end with one under their text, and no union page prints one alone.
   */
  private static final Pattern PHOTO_CAPTION_OPENING = Pattern.compile("(?:近日|日前|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)");
  private static final int MAX_KICKER_CHARS = 60;
  private static final int MAX_SUBTITLE_CHARS = 120;
  /** All rmrb subtitles but one (329 characters) are at most 185 characters long. */
  private static final int MAX_SUMMARY_CHARS = 200;
  private static final int MAX_SUBTITLE_ABOVE_BOX_CHARS = 40;
  /** Lines up to this long under a title with its column in brackets may still be its subtitle. */
  private static final int MAX_STANDFIRST_LESS_CHARS = 20;
  private static final Pattern ADOPTION_NOTE_END = Pattern.compile("(?:通过|批准|发布|公布|修订|修正)[)）]$");
  /** Labels that open an article's text, alone or before its words ({@link #opensArticleText}). */
  private static final List<String> TEXT_OPENING_LABELS = List.of("内容提要", "开栏的话", "编者的话", "编者按", "引子", "人物小传");
  /** A label's line, spaces between its characters included ({@code 开 栏 的 话}), is never longer. */
  private static final int MAX_LABEL_LINE_CHARS = 24;
  /** Labels over a box or the text's opening on a line of their own: those that open a text, and a box's own. */
  private static final Set<String> BOX_LABELS =
      Stream.concat(TEXT_OPENING_LABELS.stream(), Stream.of("背景故事", "回信", "贺信")).collect(Collectors.toUnmodifiableSet());

  final List<PageLine> lines;
  final LineRole[] roles;
  /** A headline line that opens a photo item. */
  final boolean[] photoHead;
  /** A caption line that opens a photo item printed without a headline. */
  final boolean[] photoStart;
  /** Caption lines and credits of a photo printed inside an article that goes on after it. */
  final boolean[] inlinePhoto;
  /** A photo's caption, as the markup of an HTML article shows it ({@link MarkedRoles}). */
  final boolean[] caption;
  /** The lines are an HTML article's paragraphs, as its markup shows them: no column break cut any of them. */
  final boolean paragraphsGiven;

  PageLayout(List<PageLine> lines) {
    this(lines, null);
  }

  /**
   * The lines of a page, or ({@code markup} not null) of an HTML article, whose photos and subheads its markup shows
   * ({@link MarkedRoles}) rather than the layout of a printed page.
   */
  PageLayout(List<PageLine> lines, @Nullable ArticleMarkup markup) {
    this.lines = lines;
    this.roles = new LineRole[lines.size()];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = LineClassifier.classify(lines.get(i).text());
    }
    markKickersAndSubtitles();
    markWritersUnderTellers();
    markTextOpeners();
    markClosingExclamations();
    markCutCharacters();
    markNamesAfterColon();
    this.photoHead = new boolean[lines.size()];
    this.photoStart = new boolean[lines.size()];
    this.inlinePhoto = new boolean[lines.size()];
    this.caption = new boolean[lines.size()];
    this.paragraphsGiven = markup != null;
    if (markup == null) {
      markPhotoItems();
    } else {
      MarkedRoles.apply(this, markup);
    }
  }

  int size() {
    return lines.size();
  }

  PageLine line(int i) {
    return lines.get(i);
  }

  LineRole role(int i) {
    return roles[i];
  }

  /**
   * Whether a line from {@code from} to before {@code to} heads a photo item: the first line of a headline run, or one
   * under a column's label ({@code 图说新闻} + {@code 义诊进园区} over a caption and its credit).
   */
  boolean photoHeadAmong(int from, int to) {
    for (int k = from; k < to; k++) {
      if (photoHead[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds photo items before segmenting: a credit line ({@code … 摄}, or an agency staff line ending a
   * short item) closes up to three short caption lines, under a headline if one stands right above
   * them; without one, the single line above the credit is the caption. A reading-tip box between caption lines (a
   * caption cut by a column break around it) is passed over.
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
      int first = -1; // the top caption line
      int nearest = k; // the caption line right above the credit
      while (k >= 0 && captions < MAX_CAPTION_LINES && roles[k] == LineRole.BODY
          && lines.get(k).text().length() <= MAX_CAPTION_CHARS && !BylineParser.hasLead(lines.get(k).text())) {
        if (captions > 0 && k >= 1 && roles[k - 1] == LineRole.READING_TIP) {
          k -= 2; // a reading-tip box printed inside a caption cut by a column break: 10月20日， + box + 在浙江…
          continue;
        }
        first = k;
        k--;
        captions++;
      }
      if (captions == 0) {
        continue;
      }
      int numbered = staffCredit ? -1 : numberedCaptionFrom(first, c);
      if (k >= 0 && roles[k] == LineRole.STAFF && !staffCredit && numbered < 0
          && BARE_WORD.matcher(lines.get(k).text()).matches()) {
        roles[k] = LineRole.HEADING; // a photo's title that reads as a name (花卉俏): no byline stands over a caption
      }
      if (k >= 0 && roles[k] == LineRole.HEADING) {
        photoHead[k] = true;
        roles[c] = LineRole.CREDIT;
      } else if (numbered >= 0) {
        for (int j = numbered; j <= c; j++) {
          inlinePhoto[j] = true; // 图③：北京站，… names one of the article's photos
        }
      } else if (!staffCredit && c + 1 < lines.size() && roles[c + 1] == LineRole.BODY
          && !(c + 2 < lines.size() && roles[c + 2] == LineRole.CREDIT)) {
        inlinePhoto[nearest] = true; // one caption line, inside an article that continues
        inlinePhoto[c] = true;
      } else if (!staffCredit && !BylineParser.isPictureTextCredit(lines.get(c).text())
          && !(captions > 1 && lines.get(c).text().contains("摄影报道"))
          && (k < 0 || roles[k] != LineRole.BODY || PHOTO_CAPTION_OPENING.matcher(lines.get(nearest).text()).lookingAt())) {
        // a drawing's credit (曹 一图 于 石文) closes the verse or text above it instead, and a photo report's credit
        // (刘亮亮摄影报道) under several paragraphs closes the report they are
        photoStart[nearest] = true;
      }
    }
  }

  /** The first numbered caption ({@code 图③：…}) among the lines from {@code from} to before {@code to}, or −1. */
  private int numberedCaptionFrom(int from, int to) {
    for (int j = from; j < to; j++) {
      if (LineClassifier.isNumberedCaption(lines.get(j).text())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Lines that read as prose on their own but sit in a headline group: a kicker ending with a colon
   * ({@code 国台办：}) or a dash, or a long one above a title with its column in brackets ({@code 开局良好，进展顺利，…}),
   * a title made long by its column in brackets above a dash subtitle, and a long subtitle opening with a dash right
   * below a headline. Except for a title with its column in brackets ({@link #isLongColumnTitle}), only under a line that
   * ends a paragraph: one that does not may be a paragraph's first half, which the line continues.
   */
  private void markKickersAndSubtitles() {
    for (int i = lines.size() - 2; i >= 0; i--) {
      String text = lines.get(i).text();
      boolean afterClosed = i == 0 || roles[i - 1] != LineRole.BODY || Punctuation.endsParagraph(lines.get(i - 1).text());
      boolean kicker = isKickerShaped(text)
          && (Punctuation.endsWithColon(text) || Punctuation.endsWithBracketedNote(lines.get(i + 1).text())
              || isClauseKicker(text))
          || isDashKicker(text);
      String next = lines.get(i + 1).text();
      if (roles[i] == LineRole.BODY && (isLongColumnTitle(text) || afterClosed && (roles[i + 1] == LineRole.HEADING && kicker
          || isLongTitleAboveDash(text, next) || roles[i + 1] == LineRole.BODY && isTitleAboveDateline(text, next)
          || i == 0 && (isTopLine(text) || roles[1] == LineRole.HEADING && isTopKicker(text))))) {
        roles[i] = LineRole.HEADING;
      }
    }
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (roles[i] == LineRole.BODY && roles[i - 1] == LineRole.HEADING
          && (text.startsWith("——") && text.length() <= MAX_SUBTITLE_CHARS && !Punctuation.hasInnerSentenceEnd(text, text.length())
              || isDatedNote(text) || i + 1 < lines.size() && isSummaryAboveDateline(text, lines.get(i + 1).text())
              || isSubtitleAboveTipBox(i)
              || Punctuation.endsWithDash(lines.get(i - 1).text()) && isTitleUnderDashKicker(text))) {
        roles[i] = LineRole.HEADING;
      }
    }
  }

  /**
   * The title under a kicker that leads into it with a dash, however long or however many its pauses ({@code 国家卫健委新闻发布会介绍社区防控——}
   * + {@code 主动报告、主动隔离、主动参与群控}, {@code 辽宁、浙江…扎实开展主题教育——} + {@code 为创造更加美好的明天而奋斗（守初心 担使命…）}):
   * one clause that does not end like prose.
   */
  private static boolean isTitleUnderDashKicker(String text) {
    return text.length() <= MAX_SUBTITLE_CHARS && isUnfinishedClause(text);
  }

  /**
   * One clause or sentence that does not end like prose, has no sentence end inside, does not open like running text
   * and carries no dateline or byline: the shape of a headline, whatever its length.
   */
  private static boolean isUnfinishedClause(String text) {
    return !Punctuation.endsLikeProse(text) && !Punctuation.hasInnerSentenceEnd(text, text.length())
        && !LineClassifier.opensLikeSentence(text) && !BylineParser.hasLead(text);
  }

  /**
   * A long subtitle summing up a news report, under its title and right above the text's dateline ({@code 李克强主持召开国务院常务会议}
   * + {@code 听取…汇报，推进…；要求…；部署…} + {@code 新华社北京2月11日电 …}): one unfinished sentence, its clauses
   * perhaps set apart by semicolons. Only a headline stands between a title and the dateline that opens the text.
   */
  private static boolean isSummaryAboveDateline(String text, String next) {
    return text.length() <= MAX_SUMMARY_CHARS && !Punctuation.endsLikeProse(text) && text.indexOf('。') < 0
        && !Punctuation.opensWithBracket(text) && !LineClassifier.opensLikeSentence(text) && !BylineParser.hasLead(text)
        && BylineParser.hasLead(next); // semicolons may set its clauses apart
  }

  /**
   * A subtitle too long or with too many pauses for a headline line, under its title and right above the article's
   * reading-tip box ({@code 阶段性减免企业社保医保费用（…）} + {@code 预计减免养老、失业、工伤三项可使企业少缴约五千亿元} + {@code
   * 核心阅读}): one unfinished sentence. In the rmrb articles no paragraph stands above a {@code 核心阅读} box; 47
   * subtitles do, none longer than 40 characters or ending on a clause of fewer than six. A first paragraph cut by a
   * column break around a box ends on a short clause or is cut inside a word that the text under the box completes
   * ({@code …科技等与满} + box + {@code 足农民…}), or is an editor's note.
   */
  private boolean isSubtitleAboveTipBox(int i) {
    String text = lines.get(i).text();
    if (i + 1 >= lines.size() || !LineClassifier.isReadingTipLabel(lines.get(i + 1).text())
        || text.length() > MAX_SUBTITLE_ABOVE_BOX_CHARS || !isUnfinishedClause(text)
        || Punctuation.opensWithBracket(text) || text.startsWith("编者按") || ParagraphContinuation.endsOnShortClause(text)) {
      return false;
    }
    return i + 3 >= lines.size() || !ParagraphContinuation.cutAtJunction(text, lines.get(i + 3).text());
  }

  /**
   * A date, number or adoption note in brackets under the title of a speech, law or document ({@code （2019年10月1日）},
   * {@code （二〇一九年十月十三日  加德满都）}, {@code （第一号）}): its subtitle. 73 rmrb subtitles are such notes; no
   * article opens its text with one.
   */
  static boolean isDatedNote(String text) {
    if (text.length() > MAX_SUBTITLE_CHARS || !Punctuation.isBracketedNote(text)
        || BylineParser.lead(text.substring(1)).dateline() != null) {
      // a closing dateline: （新华社北京2月3日电）, （新华社北京10月1日电  记者张旭东、赵超）
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c == '〇' || c == '号') {
        return true;
      }
    }
    return false;
  }

  /**
   * The note in brackets under the title of a law, resolution or set of rules saying when and by whom it was adopted
   * ({@code （2020年5月28日第十三届全国人民代表大会第三次会议通过）}, {@code （…审议批准  …中共中央发布）}): a dated note
   * ending with the act. In the rmrb articles 41 such notes stand under the title of an article and 6 under a document
   * printed inside an article that names it ({@code 中共中央印发《…条例》}).
   */
  static boolean isAdoptionNote(String text) {
    return isDatedNote(text) && ADOPTION_NOTE_END.matcher(text).find();
  }

  /**
   * Who wrote down what someone told, under the teller ({@code …村民张耀军讲述} + {@code 本报记者 原韬雄整理}): a staff line
   * whatever the name's length, which a line of its own without the teller above could not show.
   */
  private void markWritersUnderTellers() {
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (roles[i] == LineRole.HEADING && LineClassifier.isToldBy(lines.get(i - 1).text())
          && BylineParser.isWrittenDownBy(text)) {
        roles[i] = LineRole.STAFF;
      }
    }
  }

  /**
   * Headline-like lines right under a headline that open the text rather than add to the headline: a label
   * ({@code 开栏的话}, {@code 内容提要}, {@code 【绝活看点】}; in the rmrb pages each of these is a first paragraph,
   * 150 times, and never a kicker or subtitle), a label with the text's first words ({@code 内容提要：中国…}, {@link
   * #opensArticleText}) or the standfirst of a commentary ({@link #isStandfirst}).
   */
  private void markTextOpeners() {
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (roles[i] == LineRole.HEADING && roles[i - 1] == LineRole.HEADING
          && (isBoxLabel(text) || opensArticleText(text) || leadsIntoTextBelow(i)
              || isStandfirst(lines.get(i - 1).text(), text) && !leadsIntoText(i + 1))) {
        roles[i] = LineRole.BODY;
      }
    }
  }

  /**
   * A short line ending with an exclamation or a quoted sentence at the head of a headline run ({@code 百年南开，风华正茂！}
   * above {@code 绿水青山 赋能发展}) is the last line of the article above: no kicker in the rmrb pages ends so, and a
   * title that does is followed by a dash subtitle, which this leaves alone.
   */
  private void markClosingExclamations() {
    for (int i = 1; i + 1 < lines.size(); i++) {
      if (roles[i] == LineRole.HEADING && roles[i - 1] == LineRole.BODY && roles[i + 1] == LineRole.HEADING
          && endsWithExclamation(lines.get(i).text()) && !lines.get(i + 1).text().startsWith("—")) {
        roles[i] = LineRole.BODY;
      }
    }
  }

  /**
   * True when line {@code i} is a reading-tip label or opens with a dateline: what stands above it is a headline, not
   * the text's first line. Under a title with its column in brackets, 14 rmrb subtitles of more than 20 characters
   * stand so, and no standfirst.
   */
  private boolean leadsIntoText(int i) {
    if (i >= lines.size()) {
      return false;
    }
    String text = lines.get(i).text();
    return LineClassifier.isReadingTipLabel(text) || BylineParser.hasLead(text);
  }

  /**
   * A line of one Chinese character, not a section's number, above text: the start of a paragraph a column break cut
   * after its first character ({@code 近} + box + {@code 年来，…}), read as text so that the text below continues it. Of
   * the rmrb paragraphs, 16 are such a character (晨, 午, 夜: the sections of a feature), no title is.
   */
  private void markCutCharacters() {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String text = lines.get(i).text();
      if (roles[i] == LineRole.HEADING && text.length() == 1 && HanGrams.isHan(text.charAt(0))
          && !ArticleBoundary.SECTION_NUMBER.matcher(text).matches() && textFollows(i + 1)) {
        roles[i] = LineRole.BODY;
      }
    }
  }

  /**
   * Names alone right under text that ends with a colon ({@code …变输血式扶贫为造血式扶贫：} + {@code 安徽南} + box +
   * {@code 翔集团在安庆…}) are what the colon announces, not the article's signature: text.
   */
  private void markNamesAfterColon() {
    for (int i = 1; i < lines.size(); i++) {
      if (roles[i] == LineRole.STAFF && roles[i - 1] == LineRole.BODY
          && Punctuation.endsWithColon(lines.get(i - 1).text()) && BylineParser.isNamesAlone(lines.get(i).text())) {
        roles[i] = LineRole.BODY;
      }
    }
  }

  /** True when line {@code i}, or the line after a reading-tip box there, is text. */
  private boolean textFollows(int i) {
    int next = roles[i] == LineRole.READING_TIP ? i + 2 : i;
    return next < lines.size() && roles[next] == LineRole.BODY;
  }

  private static boolean endsWithExclamation(String text) {
    return text.endsWith("！") || text.endsWith("!") || text.endsWith("！”") || text.endsWith("。”") || text.endsWith("？”");
  }

  /**
   * The opening line of a commentary under its title with the column in brackets ({@code 透视红包背后的消费（财经观）} +
   * {@code 红包背后是消费人群结构的变化和…}): a standfirst printed large, which is text, not a subtitle. Under such titles a
   * line of more than 20 characters without a dash opens the text 394 times in the rmrb pages and is the subtitle 20 times.
   */
  private static boolean isStandfirst(String title, String text) {
    return text.length() > MAX_STANDFIRST_LESS_CHARS && !text.startsWith("—") && !Punctuation.opensWithBracket(title)
        && Punctuation.endsWithBracketedNote(title);
  }

  /**
   * A line ending with a dash under a headline line, with text under it: it leads into that text ({@code 小年刚过，…拉开…的序幕——}),
   * not a subtitle. No rmrb subtitle ends with a dash; 45 first paragraphs up to 120 characters do.
   */
  private boolean leadsIntoTextBelow(int i) {
    return Punctuation.endsWithDash(lines.get(i).text()) && i + 1 < lines.size() && roles[i + 1] == LineRole.BODY;
  }

  /**
   * A label that opens an article's text, alone or before its words ({@code 内容提要}, {@code 开栏的话}, {@code 编者按：…}): in
   * the rmrb articles 151 first paragraphs open so and no other paragraph.
   */
  static boolean opensArticleText(String line) {
    String text = line.substring(0, Math.min(line.length(), MAX_LABEL_LINE_CHARS)).replace(" ", "");
    for (String label : TEXT_OPENING_LABELS) {
      if (text.startsWith(label) && (text.length() == label.length() || ":：".indexOf(text.charAt(label.length())) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** The label over a box or the text's opening ({@code 开栏的话}, {@code 内容提要}, {@code 【记者观察】}) on a line of its own. */
  static boolean isBoxLabel(String text) {
    return text.length() <= MAX_LABEL_LINE_CHARS && (BOX_LABELS.contains(text.replace(" ", "")) || isBracketLabel(text));
  }

  /** A box's label after a square, on a line of its own: {@code ■链接}, {@code ■ 编后}, {@code □小贴士}. */
  static boolean isMarkedBoxLabel(String text) {
    return MARKED_BOX_LABEL.matcher(text).matches();
  }

  /**
   * A label in square brackets on a line of its own ({@code 【记者观察】}, {@code 【链接】}): 40 rmrb paragraphs, no headline.
   */
  static boolean isBracketLabel(String text) {
    if (text.length() > MAX_LABEL_LINE_CHARS) {
      return false; // a paragraph of text, not copied to find out
    }
    String label = text.replace(" ", "");
    return label.length() <= 12 && label.startsWith("【") && label.endsWith("】") && label.indexOf('】') == label.length() - 1;
  }

  /**
   * A kicker that leads into the title with a dash may be a whole sentence or two ({@code 苦氟水让…吃了多年苦头。
   * 为了…，终于——}): body text does not end a paragraph with a dash right above a headline.
   */
  private static boolean isDashKicker(String text) {
    return text.length() <= MAX_SUBTITLE_CHARS && Punctuation.endsWithDash(text) && !Punctuation.opensWithBracket(text);
  }

  /**
   * A title too long for a headline because of its column in brackets ({@code 牢记嘱托…（在习近平新时代…——新时代新作为
   * 新篇章）}), one clause, with a subtitle opening with a dash right below it.
   */
  private static boolean isLongTitleAboveDash(String text, String next) {
    return text.length() <= MAX_SUBTITLE_CHARS && next.startsWith("——") && next.length() <= MAX_SUBTITLE_CHARS
        && Punctuation.endsWithColumnInBrackets(text)
        && !Punctuation.hasInnerSentenceEnd(text, text.length()) && !LineClassifier.opensLikeSentence(text);
  }

  /**
   * A title made too long for a headline line by its column in brackets ({@code 为推进国家治理体系…提供有力组织保障
   * （深入学习贯彻习近平新时代中国特色社会主义思想）}): one clause, not a document's list of attachments
   * ({@code 附件：…（见图）}). Whatever stands above it: the second half of a paragraph cut by a column break does not end
   * with a column's name in brackets.
   */
  private static boolean isLongColumnTitle(String text) {
    return text.length() <= MAX_SUBTITLE_CHARS && Punctuation.endsWithColumnInBrackets(text)
        && isUnfinishedClause(text) && !LineClassifier.isNoticeLine(text);
  }

  /**
   * The first line of a page, no longer than a headline, one unfinished sentence ({@code 团结一心、艰苦奋斗，风雨无阻向前进}): a
   * headline whatever its pauses, since there is no text above it that it could continue.
   */
  private static boolean isTopLine(String text) {
    return text.length() <= LineClassifier.MAX_HEADING_CHARS && isUnfinishedClause(text) && !LineClassifier.endsMidClause(text);
  }

  /**
   * The first line of a page over a headline line, one sentence without its end ({@code 随着全线最长隧道贯通，中老铁路进入线上轨道建设阶段},
   * {@code 11日，武昌方舱医院首批患者治愈出院}): the kicker of the page's first headline, however it opens, since no text above it
   * could leave it unfinished.
   */
  private static boolean isTopKicker(String text) {
    return text.length() <= MAX_SUBTITLE_CHARS && !Punctuation.endsParagraph(text)
        && !Punctuation.hasInnerSentenceEnd(text, text.length());
  }

  /**
   * A kicker of several clauses that reads as a sentence without its end ({@code 配学校、盖医院、建菜园，广西多措推进易地扶贫搬迁}):
   * 117 rmrb kickers have two or more pauses and no closing punctuation, against 6 last paragraphs of an article. It ends
   * with a character or a closing quote; a trailing {@code ...} marks text cut short.
   */
  private static boolean isClauseKicker(String text) {
    char last = text.charAt(text.length() - 1);
    return LineClassifier.pauses(text) >= 2 && (Character.isLetterOrDigit(last) || last == '”' && !Punctuation.endsSentence(text));
  }

  /**
   * A title read as text because it is too long for a headline line or has several pauses ({@code 习近平主席特使、
   * 国家副主席王岐山将出席印尼总统佐科就职仪式、…}), one unfinished sentence, after a closed paragraph and right above
   * text that opens with a dateline (新华社北京10月17日电, 本报讯): only a headline stands there.
   */
  private static boolean isTitleAboveDateline(String text, String next) {
    return text.length() <= MAX_SUBTITLE_CHARS && isUnfinishedClause(text) && !Punctuation.opensWithBracket(text)
        && BylineParser.hasLead(next);
  }

  private static boolean isKickerShaped(String text) {
    if (text.length() > MAX_KICKER_CHARS || Punctuation.hasInnerSentenceEnd(text, text.length())
        || isTrailingNarrative(text)) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    return first != '（' && first != '(' && !ParagraphContinuation.opensWithClosingPunctuation(text)
        && last != '。' && last != '；' && last != '，' && last != ',' && last != '、'
        && !LineClassifier.opensLikeSentence(text) && !BylineParser.hasLead(text) && !LineClassifier.isPromotion(text)
        && !LineClassifier.isDateLine(text) && !LineClassifier.isNoticeLine(text);
  }

  /**
   * A sentence of clauses that trails off ({@code 这次，我和二弟没再笑，…久久说不出话来……}): the last line of a story. A kicker
   * that trails off enumerates ({@code 写春联、赏年画、进博物馆……}): 10 of the 11 rmrb kickers ending so have enumeration
   * commas and 1 a comma; of the 23 last paragraphs up to 60 characters ending so, 20 have commas and no enumeration
   * comma.
   */
  private static boolean isTrailingNarrative(String text) {
    return text.endsWith("…") && (text.indexOf('，') >= 0 || text.indexOf(',') >= 0) && text.indexOf('、') < 0;
  }

  private boolean endsItem(int i) {
    return i == lines.size() - 1 || roles[i + 1] == LineRole.HEADING;
  }

  static boolean hasCreditWord(String line) {
    return line.contains("记者") || line.contains("通讯员");
  }
}
