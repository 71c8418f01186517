package gongbao.ingest.html;

import gongbao.ingest.article.ChineseSurnames;
import gongbao.ingest.article.ProvinceNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Credits as news sites print them, which the newspaper byline rules do not read: a line above or below the text
 * ({@code 澎湃新闻记者 段彦超 廖艳}, {@code 【文/观察者网专栏作者 王文】}, {@code 执笔/叨叨姐、胡一刀&李小飞刀}, {@code 摄影/张艳}),
 * a labelled credit in the info line under the headline ({@code 来源：证券时报网 作者：李在山}), and the reporter in a lead's
 * brackets after its dateline ({@code 新京报快讯（记者 裴剑飞）}). Editors, sources and media names are not people credited.
 */
final class WebCredits {

  /** A credit as printed and the people it names. */
  record Credit(String printed, Credited people) {}

  /** A whole credit line's shape and the role it gives the names it holds. */
  private record LineForm(Pattern pattern, Role role) {}

  private static final int MAX_LINE_CHARS = 40;
  /** Two to five characters, not more: a longer run of characters is a word, not a name. */
  private static final String NAME = "[\\p{IsHan}·]{2,5}(?![\\p{IsHan}·])";
  /** A name a word follows ({@code 王金茹对此文有贡献}, {@code 路闻卓立编译}, {@code 张艳摄}). */
  private static final String NAME_BEFORE_WORD = "[\\p{IsHan}·]{2,5}";
  private static final String NAMES = NAME + "(?:\\s*[、，,&＆\\s]\\s*" + NAME + "){0,5}";
  private static final Pattern OPENING = Pattern.compile("^[【\\[（(]?\\s*(?:原创\\s*[：:]\\s*)?");
  /** The label of a writer's credit, the writer's and photographer's ({@code 文/图}, {@code 图文}) apart. */
  private static final String WRITER_WORD = "(?:文|作者|撰文|执笔|文字|编译|采写)\\s*[/／:：|丨]\\s*";
  private static final String WRITER_AND_PHOTOGRAPHER_WORD = "(?:图文|文图|文\\s*[/／]\\s*图)\\s*[/／:：|丨]\\s*";
  private static final String WRITERS = "(?:[\\p{IsHan}]{2,10}?(?:专栏|特约|见习)?作者\\s*)?(" + NAMES + ")";
  private static final Pattern WRITER_LABEL = Pattern.compile(WRITER_WORD + WRITERS);
  private static final Pattern WRITER_AND_PHOTOGRAPHER_LABEL = Pattern.compile(WRITER_AND_PHOTOGRAPHER_WORD + WRITERS);
  /** A writer's label naming reporters: {@code 采写：南都记者 余毅菁 向雪妮}, {@code 文/江城晚报见习记者 林子沛}. */
  private static final Pattern REPORTER_LABEL = Pattern.compile("(?:" + WRITER_WORD + "|" + WRITER_AND_PHOTOGRAPHER_WORD
      + ")[\\p{IsHan}]{0,10}?(?:特约|见习|实习)?记者\\s*(" + NAMES + ")");
  private static final Pattern PHOTO_LABEL = Pattern.compile("(?:摄影|图片|图)\\s*[/／:：|丨]\\s*(" + NAMES + ")");
  /** A medium's name before a credit: Han characters ({@code 澎湃新闻}) or a title in brackets ({@code 《棱镜》}). */
  private static final String MEDIUM = "(?:《[^》]{1,12}》|[\\p{IsHan}]{0,10}?)";
  private static final Pattern MEDIA_WRITER = Pattern.compile(MEDIUM + "(?:专栏|特约)?作者\\s*(" + NAMES + ")");
  private static final Pattern MEDIA_REPORTER =
      Pattern.compile(MEDIUM + "(?:特约|见习|实习)?记者\\s*(" + NAMES + ")");
  /** The speaker a statement is printed under: {@code 中国载人航天工程新闻发言人 武平}. */
  private static final Pattern SPEAKER = Pattern.compile("[\\p{IsHan}]{0,16}?发言人\\s*(" + NAMES + ")");
  private static final Pattern MEDIA_CORRESPONDENT = Pattern.compile("[\\p{IsHan}]{0,10}?通讯员\\s*(" + NAMES + ")");
  /** A writer's credit, maybe followed by the account that posted it: {@code 原创：路闻卓立编译 人民币交易与研究}. */
  private static final Pattern WRITTEN_UP =
      Pattern.compile("(" + NAME_BEFORE_WORD + ")\\s*(?:编译|整理|撰文)(?:\\s+[\\p{IsHan}A-Za-z]{2,12})?");
  private static final Pattern PHOTO_TAIL =
      Pattern.compile("((?:" + NAME + "\\s*[、，,\\s]\\s*){0,4}" + NAME_BEFORE_WORD + ")\\s*摄");
  private static final Pattern CONTRIBUTED =
      Pattern.compile("(?:实习生|通讯员)?(" + NAME_BEFORE_WORD + ")对此文(?:亦)?有贡献");
  /** A note of the sources a piece was put together from: kept with the credits, names no one. */
  private static final Pattern SOURCES =
      Pattern.compile("[（(](?:资料来源|综合整理自|综合自|整理自|本文综合自|来源)[：:]?[^（()）]{2,40}[)）]");
  private static final Pattern CLOSING = Pattern.compile("\\s*[】\\]）)]?\\s*");
  /**
   * A credit inside the info line: a label and names ({@code 作者：李在山}, {@code 作者 魏星}), a medium's reporter ({@code
   * 澎湃新闻记者 贺梨萍}), or a name and the medium it writes for ({@code 石佳/中国青年报}).
   */
  private static final Pattern HEADER_CREDIT = Pattern.compile(
      "(?<![\\p{IsHan}])(?:作者|撰文|执笔|文)\\s*[/／:：]\\s*(" + NAMES + ")|(?<![\\p{IsHan}])作者\\s+(" + NAMES + ")"
          + "|记者\\s*[:：]?\\s*(" + NAMES + ")"
          + "|(?<![\\p{IsHan}])(" + NAME + ")\\s*[/／]\\s*\\p{IsHan}{1,10}(?:报|网|社|台|杂志)");
  /** Names in brackets closing a text's last paragraph, with a credit word: {@code 。(文/图 刘玺东 易赛楠)}. */
  private static final Pattern CLOSING_CREDIT =
      Pattern.compile("[（(]\\s*(文|图|文/图|图/文|记者|作者)\\s*[/／:：]?\\s*(" + NAMES + ")\\s*[)）]$");
  /** Bare names in brackets after a text's last sentence: {@code …换新iPhone。(李楠)}. */
  private static final Pattern CLOSING_NAMES = Pattern.compile("(?<=[。！？!?”」])\\s*[（(]\\s*(" + NAMES + ")\\s*[)）]$");
  /** A photographer credited inside the text, after a caption: {@code （刘通摄）}, {@code 图片来源：每经记者 张蕊 摄}. */
  private static final Pattern PHOTO_IN_TEXT = Pattern.compile(
      "(?:[（(]|图片来源[：:]\\s*)(?:\\p{IsHan}{0,8}记者\\s*)?(" + NAME_BEFORE_WORD + ")\\s*摄(?:影)?(?:[)）]|$)");
  /** A lead's brackets naming its reporters, after its dateline ({@link WebDateline}): {@code （记者 裴剑飞）}. */
  private static final Pattern LEAD_REPORTER =
      Pattern.compile("^\\s*[（(]\\s*(\\p{IsHan}{0,6}?(?:记者|通讯员)[^）)]{2,40})[）)]");
  /** A photo's credit closing its caption, after a credit word: {@code 城市摄影队 周斌 摄}, {@code 中新社记者 贾天勇 摄}. */
  private static final Pattern CAPTION_CREDIT = Pattern.compile("(?:记者|通讯员|摄影队|摄影师|摄影记者)\\s*((?:" + NAME
      + "\\s*[、，,\\s]\\s*){0,4}" + NAME_BEFORE_WORD + ")\\s*摄(?:影)?$");
  /** The shapes of a whole credit line, tried in this order after its opening bracket or {@code 原创：}. */
  private static final List<LineForm> LINE_FORMS = List.of(new LineForm(REPORTER_LABEL, Role.REPORTER),
      new LineForm(WRITER_LABEL, Role.AUTHOR),
      new LineForm(WRITER_AND_PHOTOGRAPHER_LABEL, Role.AUTHOR_AND_PHOTOGRAPHER),
      new LineForm(PHOTO_LABEL, Role.PHOTOGRAPHER), new LineForm(MEDIA_REPORTER, Role.REPORTER),
      new LineForm(MEDIA_CORRESPONDENT, Role.CORRESPONDENT), new LineForm(MEDIA_WRITER, Role.AUTHOR),
      new LineForm(SPEAKER, Role.AUTHOR), new LineForm(WRITTEN_UP, Role.AUTHOR), new LineForm(CONTRIBUTED, Role.AUTHOR),
      new LineForm(PHOTO_TAIL, Role.PHOTOGRAPHER));
  /** A name that is not a credit label ({@code 摄影/张艳 编辑/苏芳}: the name stops before {@code 编辑}). */
  private static final String UNLABELLED_NAME = "(?!编辑|责编|校对|审核|审校|摄影|图片|作者)" + NAME;
  /**
   * One of the labelled credits a line may hold several of: writers ({@code 文/}, {@code 作者：}), photographers ({@code
   * 摄影/}, {@code 图/}), editors (not people credited), or the source a piece came from ({@code 药剂科供稿}).
   */
  private static final String CREDIT_PART = "(?:(文|作者|撰文|执笔|文字|采写|摄影|图片|图|编辑|责任编辑|责编|校对|审核|审校)"
      + "\\s*[/／:：|丨]\\s*(" + UNLABELLED_NAME + "(?:\\s*[、，,\\s]\\s*" + UNLABELLED_NAME + "){0,5})"
      + "|[\\p{IsHan}、]{2,20}供稿)";
  private static final Pattern CREDIT_PARTS =
      Pattern.compile("\\s*" + CREDIT_PART + "(?:\\s+" + CREDIT_PART + ")+\\s*");
  private static final Pattern ONE_CREDIT_PART = Pattern.compile(CREDIT_PART);
  private static final Set<String> PHOTO_LABELS = Set.of("摄影", "图片", "图");
  private static final Set<String> WRITER_LABELS = Set.of("文", "作者", "撰文", "执笔", "文字", "采写");
  /** A word for someone's job or a body of people where a name would stand ({@code 摄影：产品经理}): no one's name. */
  private static final Pattern JOB_TITLE =
      Pattern.compile("(?:经理|主任|总监|主编|编辑|记者|老师|同学|小编|团队|中心|部门|办公室|工作室|委员会)$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[、，,&＆\\s]\\s*");
  /** Words that follow a name in an info line and are not names. */
  private static final Set<String> NOT_NAMES = Set.of(
      "来源", "编辑", "责任编辑", "责编", "时间", "发布", "发布时间", "日期", "字号", "浏览", "阅读", "分享", "点击", "校对",
      "原创", "图片", "摄影", "报道", "整理", "综合", "手记", "观察", "调查", "札记", "来信", "连线", "网络", "网络整理",
      "整合", "关注", "转载", "佚名", "本站", "小编");

  private WebCredits() {}

  /** The credit a whole line makes, or null when the line is not one. */
  static @Nullable Credit line(String line) {
    if (line.length() > MAX_LINE_CHARS) {
      return null;
    }
    if (SOURCES.matcher(line).matches()) {
      return Role.AUTHOR.credit(line, List.of());
    }
    Matcher opening = OPENING.matcher(line);
    opening.lookingAt();
    String rest = line.substring(opening.end());
    for (LineForm form : LINE_FORMS) {
      Credit credit = whole(line, rest, form.pattern(), form.role());
      if (credit != null) {
        return credit;
      }
    }
    return CREDIT_PARTS.matcher(line).matches() ? parts(line) : null;
  }

  /** The people a line of several labelled credits names: writers and photographers (editors are not credited). */
  private static Credit parts(String line) {
    Credited people = Credited.NONE;
    Matcher part = ONE_CREDIT_PART.matcher(line);
    while (part.find()) {
      String label = part.group(1);
      if (label != null && (PHOTO_LABELS.contains(label) || WRITER_LABELS.contains(label))) {
        Role role = PHOTO_LABELS.contains(label) ? Role.PHOTOGRAPHER : Role.AUTHOR;
        people = people.plus(role.credit(line, names(part.group(2))).people());
      }
    }
    return new Credit(line, people);
  }

  /** The labelled credits in the lines between a headline and its text ({@code 作者：李在山}). */
  static List<Credit> inHeader(String header) {
    List<Credit> credits = new ArrayList<>();
    Matcher m = HEADER_CREDIT.matcher(header);
    while (m.find()) {
      int group = 1;
      while (m.group(group) == null) {
        group++;
      }
      List<String> names = names(m.group(group));
      if (!names.isEmpty()) {
        credits.add((group == 3 ? Role.REPORTER : Role.AUTHOR).credit(throughNames(m.group(), names), names));
      }
    }
    return credits;
  }

  /** The credit as printed up to its last name: {@code 作者：李在田} of {@code 作者：李在田 责任编辑}. */
  private static String throughNames(String printed, List<String> names) {
    int end = 0;
    for (String name : names) {
      end = printed.indexOf(name, end) + name.length();
    }
    return printed.substring(0, end).strip();
  }

  /**
   * The photographers credited inside a line of text, after its captions ({@code 图为启动仪式。（刘通摄）}) or closing it
   * ({@code 旅游专列开往襄阳。 通讯员刘娟 摄}).
   */
  static List<String> photographersIn(String line) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PHOTO_IN_TEXT.matcher(line);
    while (m.find()) {
      names.addAll(names(m.group(1)));
    }
    Matcher closing = CAPTION_CREDIT.matcher(line);
    if (closing.find()) {
      names.addAll(names(closing.group(1)));
    }
    return List.copyOf(names);
  }

  /** The people a credit in brackets closing a text's last paragraph names ({@code (文/图 刘玺东 易赛楠)}), or null. */
  static @Nullable Credit closingParagraph(String paragraph) {
    Matcher m = CLOSING_CREDIT.matcher(paragraph);
    if (m.find()) {
      List<String> names = names(m.group(2));
      return names.isEmpty() ? null : Role.ofLabel(m.group(1)).credit(m.group(), names);
    }
    Matcher bare = CLOSING_NAMES.matcher(paragraph);
    if (!bare.find()) {
      return null;
    }
    List<String> names = names(bare.group(1));
    return names.isEmpty() || !names.stream().allMatch(WebCredits::looksLikeName) ? null
        : Role.AUTHOR.credit(bare.group().strip(), names);
  }

  /**
   * A name without a credit word before it must look like one, since a source or a place is bracketed the same way
   * ({@code （新华社）}, {@code （江苏）}, {@code （完）}): a common family name and two or three characters (four with a
   * two-character one), and not a province.
   */
  private static boolean looksLikeName(String name) {
    int most = ChineseSurnames.startsWithDoubleSurname(name) ? 4 : 3;
    return name.length() >= 2 && name.length() <= most && ChineseSurnames.startsWithSurname(name)
        && !ProvinceNames.isProvince(name);
  }

  /**
   * The reporters or correspondents the brackets opening a lead name, the lead taken after its dateline ({@code （记者
   * 裴剑飞）} of {@code 新京报快讯（记者 裴剑飞）}, {@code （职工通讯员 李琴雯 刘会）}), or null.
   */
  static @Nullable Credit inLead(String paragraph) {
    Matcher lead = LEAD_REPORTER.matcher(paragraph);
    if (!lead.find()) {
      return null;
    }
    String credit = lead.group(1).strip();
    Credit reporter = whole(credit, credit, MEDIA_REPORTER, Role.REPORTER);
    return reporter != null ? reporter : whole(credit, credit, MEDIA_CORRESPONDENT, Role.CORRESPONDENT);
  }

  private static @Nullable Credit whole(String line, String rest, Pattern pattern, Role role) {
    Matcher m = pattern.matcher(rest);
    if (!m.lookingAt()) {
      return null;
    }
    Matcher closing = CLOSING.matcher(rest).region(m.end(), rest.length());
    if (!closing.matches()) {
      return null;
    }
    List<String> names = names(m.group(1));
    boolean jobTitle = JOB_TITLE.matcher(m.group(1).strip()).find(); // a credit line still, naming no one
    return names.isEmpty() && !jobTitle ? null : role.credit(line, names);
  }

  /**
   * The names of a run, split at separators, up to the first part that is a word rather than a name; a job's title
   * ({@code 产品经理}) is passed over.
   */
  private static List<String> names(String run) {
    List<String> names = new ArrayList<>();
    for (String name : SEPARATOR.split(run.strip())) {
      if (NOT_NAMES.contains(name) || name.endsWith("拍")) { // 拍摄: the verb, not a name before 摄
        break;
      }
      if (!name.isEmpty() && !JOB_TITLE.matcher(name).find()) {
        names.add(name);
      }
    }
    return names;
  }

  private enum Role {
    REPORTER, CORRESPONDENT, AUTHOR, PHOTOGRAPHER, AUTHOR_AND_PHOTOGRAPHER;

    /** The role a credit word gives: {@code 记者}, {@code 图}, {@code 文/图}; a writer's for any other. */
    static Role ofLabel(String label) {
      if (label.contains("记者")) {
        return REPORTER;
      }
      return !label.contains("图") ? AUTHOR : label.contains("文") ? AUTHOR_AND_PHOTOGRAPHER : PHOTOGRAPHER;
    }

    Credit credit(String printed, List<String> names) {
      boolean writes = this == AUTHOR || this == AUTHOR_AND_PHOTOGRAPHER;
      boolean photographs = this == PHOTOGRAPHER || this == AUTHOR_AND_PHOTOGRAPHER;
      return new Credit(printed, new Credited(this == REPORTER ? names : List.of(),
          this == CORRESPONDENT ? names : List.of(), writes ? names : List.of(), photographs ? names : List.of()));
    }
  }
}
