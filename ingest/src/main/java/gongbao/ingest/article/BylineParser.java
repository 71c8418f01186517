package gongbao.ingest.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the credits of union-paper articles: the lead of a first paragraph ({@code 本报讯(特约记者张中源)},
 * {@code 本报讯 通讯员余瑞德 记者羊荣江报道}, {@code 新华社北京9月30日电(记者朱基钗)}), staff lines ({@code 杨明清
 * 本报记者 张楠 本报通讯员 夏丽萍}, {@code ■颜利亚}, {@code 郑青青 周永祥}) and photo credits ({@code 本报记者 窦菲涛
 * 摄}). Patterns only look at a bounded prefix of a line, so cost does not grow with the line.
 */
final class BylineParser {

  private static final int LEAD_CHARS = 80;
  private static final String ROLE =
      "(?:本报|本刊|新华社|中新社|人民日报)?(?:特约|见习|实习)?(?:记者|通讯员|实习生)";
  private static final Pattern LEAD_IN_BRACKETS =
      Pattern.compile("^据?((?:本报讯|本刊讯)|(?:本报|新华社|中新社)[^\\s(（电]{0,14}电)\\s*[(（]([^)）]{1,40})[)）]");
  private static final Pattern LEAD_REPORTED =
      Pattern.compile("^(?:(本报讯|本刊讯)\\s*)?(" + ROLE + "[^。，,]{1,40}?)报道");
  private static final Pattern LEAD_PLAIN =
      Pattern.compile("^据?(本报讯|本刊讯|(?:本报|新华社|中新社)[^\\s(（电，,。]{0,14}电)");
  private static final Pattern ROLE_WORD = Pattern.compile("^" + ROLE);
  /** The label of a reporter's box, not a byline: {@code ■记者手记}, {@code 【记者观察】}. */
  private static final Pattern REPORTER_BOX_LABEL =
      Pattern.compile("[■□【]?\\s*记者(?:手记|观察|感言|札记|笔记|日记|体验|调查|追记|再访|连线)】?");
  private static final Pattern WRITING_WORD = Pattern.compile("\\s*(?:采访整理|整理|采写|执笔)$");
  private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}|[\\p{IsHan}·]{3,8}");
  private static final Pattern BARE_NAME = Pattern.compile("\\p{IsHan}{2,4}");
  /** A name written with a middle dot, Uyghur, Kazakh or foreign: {@code 库尔班江·马木提}, {@code 杰克·陈}. */
  private static final Pattern DOTTED_NAME = Pattern.compile("\\p{IsHan}{1,6}·\\p{IsHan}{1,6}");
  private static final Pattern STAFF_TOKEN = Pattern.compile("(?:" + ROLE + ")?\\p{IsHan}{2,4}|" + ROLE);
  private static final Pattern CREDIT_TAIL =
      Pattern.compile("\\s*(?:摄影报道|摄|摄影|供图)(?:\\s*[(（][^)）]{0,12}[)）])?$");
  /** A photo supplied by an institution or a person interviewed: {@code 肯尼亚中华总商会供图}, {@code 受访者供图}. */
  private static final Pattern SUPPLIED_CREDIT =
      Pattern.compile("^([\\p{IsHan}A-Za-z0-9·]{2,24})\\s*供图(?:\\s*[(（][^)）]{0,12}[)）])?$");
  /** The writer's and the photographer's credit on one line: {@code 本报记者 田 泓文 计海新摄（影像中国）}. */
  private static final Pattern TEXT_THEN_PHOTO = Pattern.compile("^(\\S.{1,19}?)文\\s+(\\S.{1,30}摄.{0,12})$");
  /** Picture and text credits of illustrated pieces: {@code 曹 一图 于 石文}. */
  private static final Pattern PICTURE_OR_TEXT = Pattern.compile("(\\p{IsHan}{1,3}(?: \\p{IsHan}{1,2})?)(?<!供)(图|文)(?: |$)");
  /** Not {@code 张三供图}: a supplied photo ({@link #SUPPLIED_CREDIT}). */
  private static final Pattern PICTURE_TEXT_CREDIT =
      Pattern.compile("^(?:\\p{IsHan}{1,3}(?: \\p{IsHan}{1,2})?(?<!供)(?:图|文)(?: |$)){1,3}$");
  /**
   * Page-furniture credits with a label ({@code 制图：蔡华伟}, {@code 本版责编：…}, {@code 本期统筹：…}) and the
   * contact lines that close a column ({@code 栏目投稿邮箱：…}): they end an article like a byline does.
   */
  private static final Pattern LABELLED_CREDIT = Pattern.compile("^(?:本版|本期)?(?:制图|版式设计|版面设计|版式|设计|摄影|剧照摄影|题图设计"
      + "|图片|图片来源|图表设计|绘图|漫画|插图|责编|编辑|校对|策划|统筹|内容统筹|稿件统筹|采写|数据来源|资料来源|资料和数据来源|资料整理|采访整理|栏目投稿邮箱|投稿邮箱"
      + "|电子信箱|供图)[：:]");
  /** The same without the colon, for the labels that never open a headline: {@code 版式设计 蔡华伟}, {@code 制图 张丹峰 汪哲平}. */
  private static final Pattern SPACED_LABELLED_CREDIT =
      Pattern.compile("^(?:本版|本期)?(?:制图|版式设计|版面设计|责编)\\s+\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4}){0,3}$");
  private static final Pattern COUNTRY_SIGNATURE =
      Pattern.compile("^[（(](\\p{IsHan}{2,8})[）)]\\s*(\\p{IsHan}[\\p{IsHan}·—-]{1,23})$");
  private static final Pattern ROLE_SIGNATURE =
      Pattern.compile("^(\\p{IsHan}(?:[\\s\u3000]*\\p{IsHan}){1,3})\\s*[（(][^（()）]{2,40}[）)]$");
  private static final Pattern NUMERAL = Pattern.compile("[一二三四五六七八九十百零〇]+");
  private static final Pattern READER_SIGNATURE = Pattern.compile("^\\p{IsHan}{2,10}[省市县区旗] (\\p{IsHan}{2,4})$");
  /** A photo credit naming only the agency, printed on its own line under a caption: {@code 新华社发}. */
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile("^[(（]?(?:新华社发|中新社发|影像中国|人民视觉|视觉中国|资料图片|资料照片)[)）]?$");
  private static final Pattern AUTHOR_NOTE = Pattern.compile("^[(（](?:作者|执笔|参与记者|本文作者)[^)）]{0,60}[)）]$");

  /** Two-character names printed with a space between: {@code 本报记者 于 洋摄}. */
  private static final Pattern SPACED_NAME =
      Pattern.compile("(^|\\s|记者|通讯员)(\\p{IsHan}) (\\p{IsHan})(?=\\s|$|摄)");

  private BylineParser() {}

  /** {@code 本报记者 于 洋摄} → {@code 本报记者 于洋摄}; lines longer than a staff line are left alone. */
  static String joinSpacedNames(String line) {
    return line.length() > 40 || line.indexOf(' ') < 0 ? line : SPACED_NAME.matcher(line).replaceAll("$1$2$3");
  }

  /** What the opening of a first paragraph says: its dateline and the staff it names. */
  record Lead(@Nullable String dateline, Credits credits) {}

  /** Parses the lead of a first body paragraph; empty credits and no dateline if it has none. */
  static Lead lead(String paragraph) {
    String head = paragraph.length() > LEAD_CHARS ? paragraph.substring(0, LEAD_CHARS) : paragraph;
    Matcher m = LEAD_IN_BRACKETS.matcher(head);
    if (m.find()) {
      return new Lead(m.group(1), staff(m.group(2), StaffRole.REPORTER));
    }
    m = LEAD_REPORTED.matcher(head);
    if (m.find()) {
      return new Lead(m.group(1), staff(m.group(2), StaffRole.REPORTER));
    }
    m = LEAD_PLAIN.matcher(head);
    if (m.find()) {
      return new Lead(m.group(1), Credits.NONE);
    }
    return new Lead(null, Credits.NONE);
  }

  /** True when the paragraph opens with a dateline or a {@code 记者…报道} credit. */
  static boolean hasLead(String paragraph) {
    Lead lead = lead(paragraph);
    return lead.dateline() != null || !lead.credits().isEmpty();
  }

  /** True when the paragraph opens with a dateline ({@code 本报北京1月31日电}, {@code 新华社…电}, {@code 本报讯}). */
  static boolean opensWithDateline(String paragraph) {
    // every dateline opens with 本报, 本刊, 新华社, 中新社 or 据: most lines are settled by their first character
    return !paragraph.isEmpty() && "本新中据".indexOf(paragraph.charAt(0)) >= 0 && lead(paragraph).dateline() != null;
  }

  /** A credit of page furniture with its label: {@code 制图：蔡华伟}, {@code 版式设计：…}, {@code 版式设计 蔡华伟}. */
  static boolean isLabelledCredit(String line) {
    return LABELLED_CREDIT.matcher(line).find() || SPACED_LABELLED_CREDIT.matcher(line).matches();
  }

  /**
   * The name after a square ({@code ■颜利亚}): it opens with a family name, and has four characters only with a
   * two-character one. The box labels printed the same way ({@code ■链接}, {@code ■编后}, {@code ■童言日记},
   * {@code ■小贴士·滑雪安全}) are not names.
   */
  private static boolean isMarkedName(String name) {
    return NAME.matcher(name).matches() && ChineseSurnames.startsWithSurname(name)
        && (name.length() < 4 || ChineseSurnames.startsWithDoubleSurname(name));
  }

  /**
   * The line without the word for the writing down that closes a staff line under what someone told ({@code 本报记者
   * 王云娜整理}, {@code 潘俊强  马双军整理}, {@code …采访整理}): 80 rmrb paragraphs, none a headline line.
   */
  private static String withoutWritingWord(String line) {
    Matcher writing = WRITING_WORD.matcher(line);
    return writing.find() && writing.start() > 0 ? line.substring(0, writing.start()).strip() : line;
  }

  /** A staff line closed by a writing word: {@code 本报记者 原韬雄整理}, {@code 张楠采写}. */
  static boolean isWrittenDownBy(String line) {
    String bare = withoutWritingWord(line.strip());
    return bare.length() < line.strip().length() && isStaffLine(bare);
  }

  /** True for a line made only of credit words and names: {@code 本报记者 黄仕强}, {@code ■颜利亚}, {@code 郑青青 周永祥}. */
  static boolean isStaffLine(String rawLine) {
    String line = joinSpacedNames(rawLine);
    if (line.length() > 40 || line.isEmpty() || REPORTER_BOX_LABEL.matcher(line).matches()) {
      return false;
    }
    if (isLabelledCredit(line) || readerSignature(line) != null || bracketSignature(rawLine) != null) {
      return true;
    }
    if (line.charAt(0) == '■' || line.charAt(0) == '□') {
      return isMarkedName(line.substring(1).strip());
    }
    String[] tokens = line.split(" ");
    boolean hasRole = false;
    for (String token : tokens) {
      if (!STAFF_TOKEN.matcher(token).matches()) {
        return false;
      }
      hasRole |= ROLE_WORD.matcher(token).find();
    }
    return hasRole || namesAlone(tokens, line);
  }

  /** A line of names alone, with no credit word: {@code 郑青青 周永祥}. */
  static boolean isNamesAlone(String rawLine) {
    String line = joinSpacedNames(rawLine);
    return !line.isEmpty() && namesAlone(line.split(" "), line);
  }

  /** Two to five short names, or one name of two or three characters, each with a family name. */
  private static boolean namesAlone(String[] tokens, String line) {
    if (tokens.length > 5 || tokens.length == 1 && line.length() > 3) {
      return false;
    }
    for (String token : tokens) {
      // a province's name reads like a person's after a family name (宁夏, 吉 林, 江西): a place heading a section
      if (token.length() < 2 || token.length() > 3 || !STAFF_TOKEN.matcher(token).matches()
          || !ChineseSurnames.startsWithSurname(token) || ProvinceNames.isProvince(token)) {
        return false;
      }
    }
    return true;
  }

  /** The credit of an illustrated piece, drawing and text: {@code 曹 一图 于 石文}. */
  static boolean isPictureTextCredit(String rawLine) {
    return rawLine.indexOf(' ') > 0 && rawLine.length() <= 20 && PICTURE_TEXT_CREDIT.matcher(rawLine).matches();
  }

  /** True for a photo credit: names followed by {@code 摄}, or a drawing's credit. */
  static boolean isCreditLine(String rawLine) {
    String line = joinSpacedNames(rawLine);
    if (line.length() > 40) {
      return false;
    }
    if (isPictureTextCredit(rawLine)) {
      return true;
    }
    if (AGENCY_CREDIT.matcher(line).matches()) {
      return true;
    }
    Matcher textThenPhoto = TEXT_THEN_PHOTO.matcher(rawLine);
    if (textThenPhoto.matches()) {
      return isStaffLine(joinSpacedNames(textThenPhoto.group(1).strip())) && isCreditLine(textThenPhoto.group(2));
    }
    Matcher tail = CREDIT_TAIL.matcher(line);
    if (!tail.find()) {
      return false;
    }
    String names = line.substring(0, tail.start()).strip();
    return names.isEmpty() || isStaffLine(names) || isStaffLine(names.replace("、", " ")) || bareNames(names)
        || SUPPLIED_CREDIT.matcher(line).matches();
  }

  /** A photo credit naming who supplied the picture rather than a photographer: {@code 中车长客公司供图}. */
  private static boolean suppliedByInstitution(String line) {
    Matcher supplied = SUPPLIED_CREDIT.matcher(line);
    return supplied.matches() && !isStaffLine(supplied.group(1)) && !bareNames(supplied.group(1));
  }

  /**
   * Up to five tokens of two to four characters: names before {@code 摄} need no common family name
   * ({@code 雒圆摄}, {@code 欧阳光林摄}, {@code 银燕 牟健摄影报道}), the credit word already says what they are.
   */
  private static boolean bareNames(String names) {
    String[] tokens = names.split("[\\s、]+");
    if (tokens.length > 5) {
      return false;
    }
    for (String token : tokens) {
      if (!BARE_NAME.matcher(token).matches() && !DOTTED_NAME.matcher(token).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The staff line inside a closing note in brackets ({@code （通讯员 顾晓明）}, {@code （本报记者张贺、刘阳）}), or null:
   * a credit word and names only, so that a note giving a source ({@code （新华社北京5月27日电）}) is not one.
   */
  static @Nullable String bracketedStaff(String paragraph) {
    String line = paragraph.strip();
    if (line.length() < 4 || !Punctuation.opensWithBracket(line) || !Punctuation.closesWithBracket(line)) {
      return null;
    }
    String inner = line.substring(1, line.length() - 1).strip().replace('、', ' ');
    return ROLE_WORD.matcher(inner).find() && isStaffLine(inner) ? inner : null;
  }

  /** True for {@code (作者系…)} and similar notes. */
  static boolean isAuthorNote(String line) {
    return line.length() <= 80 && AUTHOR_NOTE.matcher(line).matches();
  }

  /** The credits of a staff line; names before any credit word get {@code defaultRole}. */
  static Credits staffLine(String line, StaffRole defaultRole) {
    String text = joinSpacedNames(withoutWritingWord(line));
    if (!text.isEmpty() && (text.charAt(0) == '■' || text.charAt(0) == '□')) {
      text = text.substring(1).strip();
    }
    String bracketed = bracketSignature(line);
    if (bracketed != null) {
      return Credits.NONE.with(StaffRole.AUTHOR, bracketed);
    }
    String reader = readerSignature(text);
    return reader != null ? Credits.NONE.with(StaffRole.AUTHOR, reader) : staff(text, defaultRole);
  }

  /**
   * The name in a signature that gives the writer's country or role in brackets, as each section of a compilation of
   * voices is signed ({@code （法国）让—弗朗索瓦·唐泽尔}, {@code 施战军（《人民文学》主编）}, {@code 王 雷（演员）}), or null.
   * A name before the brackets opens with a family name and has two or three characters (four with a two-character family
   * name), so that a short title with its column in brackets ({@code 方舱日记（…）}) is not one; a photo credit is not one.
   */
  static @Nullable String bracketSignature(String line) {
    if (line.isEmpty() || line.length() > 60 || !Punctuation.opensWithBracket(line) && !Punctuation.closesWithBracket(line)
        || line.contains("摄") || line.contains("供图")) {
      return null;
    }
    Matcher country = COUNTRY_SIGNATURE.matcher(line);
    if (country.matches()) {
      return NUMERAL.matcher(country.group(1)).matches() ? null : country.group(2);
    }
    Matcher role = ROLE_SIGNATURE.matcher(line);
    if (!role.matches()) {
      return null;
    }
    String name = role.group(1).replaceAll("\\s", "");
    boolean nameLength = name.length() <= 3 || name.length() == 4 && ChineseSurnames.startsWithDoubleSurname(name);
    return nameLength && ChineseSurnames.startsWithSurname(name) ? name : null;
  }

  /**
   * The name of a reader signing a letter with place and name ({@code 辽宁大连市 王艺侨}, {@code 天津河北区 孙海龙}),
   * or null: the place ends in 省, 市, 县, 区 or 旗, the name opens with a common family name.
   */
  static @Nullable String readerSignature(String line) {
    Matcher signature = READER_SIGNATURE.matcher(line);
    return signature.matches() && ChineseSurnames.startsWithSurname(signature.group(1)) ? signature.group(1) : null;
  }

  /** The credits of a photo credit line: every name is a photographer. */
  static Credits creditLine(String rawLine) {
    if (AGENCY_CREDIT.matcher(rawLine).matches() || suppliedByInstitution(rawLine.strip())) {
      return Credits.NONE;
    }
    if (PICTURE_TEXT_CREDIT.matcher(rawLine).matches()) {
      Credits credits = Credits.NONE;
      Matcher piece = PICTURE_OR_TEXT.matcher(rawLine);
      while (piece.find()) {
        StaffRole role = piece.group(2).equals("图") ? StaffRole.PHOTOGRAPHER : StaffRole.AUTHOR;
        credits = credits.with(role, piece.group(1).replace(" ", ""));
      }
      return credits;
    }
    Matcher textThenPhoto = TEXT_THEN_PHOTO.matcher(rawLine);
    if (textThenPhoto.matches()) {
      return staff(joinSpacedNames(textThenPhoto.group(1).strip()), StaffRole.AUTHOR)
          .plus(creditLine(textThenPhoto.group(2)));
    }
    String line = joinSpacedNames(rawLine);
    Matcher tail = CREDIT_TAIL.matcher(line);
    String names = tail.find() ? line.substring(0, tail.start()) : line;
    return staff(names, StaffRole.PHOTOGRAPHER).allAs(StaffRole.PHOTOGRAPHER);
  }

  /**
   * Parses {@code 记者王伟 通讯员黄思邈 周永祥}: a credit word sets the role for the names after it;
   * names before any credit word get {@code defaultRole}.
   */
  static Credits staff(String text, StaffRole defaultRole) {
    if (isLabelledCredit(text)) {
      return Credits.NONE; // designers and editors are not bylines
    }
    Credits credits = Credits.NONE;
    StaffRole role = defaultRole;
    for (String token : text.split("[\\s、，,]+")) {
      if (token.isEmpty()) {
        continue;
      }
      Matcher word = ROLE_WORD.matcher(token);
      String name = token;
      if (word.find()) {
        StaffRole named = StaffRole.ofWord(word.group());
        role = named == null ? role : named;
        name = token.substring(word.end());
      }
      if (!name.isEmpty() && NAME.matcher(name).matches()) {
        credits = credits.with(role, name);
      }
    }
    return credits;
  }

  /** Names by role, in order of appearance, without repeats. */
  record Credits(List<String> reporters, List<String> correspondents, List<String> photographers, List<String> authors) {

    static final Credits NONE = new Credits(List.of(), List.of(), List.of(), List.of());

    Credits {
      reporters = List.copyOf(reporters);
      correspondents = List.copyOf(correspondents);
      photographers = List.copyOf(photographers);
      authors = List.copyOf(authors);
    }

    boolean isEmpty() {
      return reporters.isEmpty() && correspondents.isEmpty() && photographers.isEmpty() && authors.isEmpty();
    }

    Credits with(StaffRole role, String name) {
      return new Credits(
          add(reporters, role == StaffRole.REPORTER, name),
          add(correspondents, role == StaffRole.CORRESPONDENT, name),
          add(photographers, role == StaffRole.PHOTOGRAPHER, name),
          add(authors, role == StaffRole.AUTHOR, name));
    }

    Credits plus(Credits other) {
      return new Credits(
          union(reporters, other.reporters),
          union(correspondents, other.correspondents),
          union(photographers, other.photographers),
          union(authors, other.authors));
    }

    Credits allAs(StaffRole role) {
      Credits all = NONE;
      for (List<String> names : List.of(reporters, correspondents, photographers, authors)) {
        for (String name : names) {
          all = all.with(role, name);
        }
      }
      return all;
    }

    Byline toByline() {
      return new Byline(reporters, correspondents, photographers, authors);
    }

    private static List<String> add(List<String> names, boolean applies, String name) {
      if (!applies || names.contains(name)) {
        return names;
      }
      List<String> more = new ArrayList<>(names);
      more.add(name);
      return more;
    }

    private static List<String> union(List<String> a, List<String> b) {
      Set<String> all = new LinkedHashSet<>(a);
      all.addAll(b);
      return List.copyOf(all);
    }
  }
}
