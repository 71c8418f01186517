package gongbao.ingest.extract.person;

import gongbao.ingest.analysis.HanLpLexicon;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import gongbao.ingest.extract.region.Place;
import gongbao.ingest.extract.region.RegionGazetteer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * People named in a story: words the segmenter tags as personal names ({@code nr}), and names it did not tag that
 * stand in a list of names it did or right after a title, or that it cut in two ({@link ListedNames}, {@link
 * TitledNames}, {@link CutNames}), normalised (no titles, no trailing 说), without the staff who made the article: the
 * byline, names after 记者 or 通讯员, names before 摄 or 报道, and lines that are only names (a photo credit). Words
 * HanLP mistakes for names are left out: a family name's character before a verb or an adverb ({@code 都有}, {@code
 * 时说}) or a title ({@code 冯警官}), a piece of a longer name ({@code 马兰奇} of 萨马兰奇), a one-character given name
 * HanLP has seldom seen ({@code 全域}), a name after an adverb ({@code 不|成数}) or between a place and a noun ({@code
 * 山西|金兰|化工}), and a name never seen where a person's stands ({@link PersonContext}) unless its given name is a
 * common one ({@code 高通}, {@code 石滩}, {@code 时长仅} are not).
 */
public final class PersonExtractor {

  private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{2,4}");
  private static final Pattern STAFF_LINE = Pattern.compile("[■\\s]*\\p{IsHan}{2,4}(?:[\\s、]+\\p{IsHan}{2,4})*(?:\\s*摄)?\\s*");
  private static final String[] STAFF_BEFORE = {"记者", "通讯员", "作者", "编辑", "摄影", "摄", "……"};
  private static final String[] STAFF_AFTER = {"摄", "报道", "整理", "文/图", "/文"};
  private static final String[] TRAILING = {"同志", "说", "表示", "介绍", "告诉"};
  private static final int STAFF_WINDOW_CHARS = 12;
  private static final Set<String> NOT_NAMES = Set.of("区总", "县总", "市总", "省总", "州总", "全总", "师带");
  /** A word the segmenter took for a name is a firm's when these follow (海嘉诺药业有限公司). */
  private static final List<String> FIRM_WORDS =
      List.of("公司", "集团", "药业", "科技", "有限", "股份", "银行", "医院", "地图");
  private static final List<String> NOT_NAME_ENDINGS = List.of(
      "师傅", "书记", "主任", "主席", "乡", "镇", "村", "桥", "路", "街", "公", "区", "县", "省", "件", "家", "的", "了",
      "和", "在", "是", "上", "下", "中", "里", "等", "地", "总理", "先生", "女士", "小姐", "大爷", "大妈", "大娘", "阿姨",
      "奶奶", "爷爷", "阿婆", "老汉", "警官", "经理", "老师");
  /**
   * Verbs, adverbs and prepositions that HanLP reads into names: never a one-character given name ({@code 时说},
   * {@code 曾有}, {@code 尚有}, {@code 高出}: 44, 8, 8 and 8 times on People's Daily 1998-01) nor the first character of
   * a given name whose family name was left apart ({@code ，但|都以}).
   */
  private static final String FUNCTION_CHARACTERS = "有说能对将应已曾以因于为也就至获从凭所来是在和与把被让给向都那还又再便即而出";
  /**
   * Adverbs and conjunctions that open a clause after a one-character subject HanLP reads as a family name ({@code
   * 下了班就刷手机} gave 班就刷, {@code 温还没} 温还没): seldom the first character of a two-character given name.
   */
  private static final String ADVERBS = "还就都也又再没便即而但";
  /** HanLP's tags of a character left over from a name it cut: distinguishing word, bound noun, adjective, pronoun. */
  private static final Set<String> NAME_FRAGMENT_NATURES = Set.of("b", "ng", "ag", "Rg");
  /**
   * People's Daily 1998-01 ({@code bench/run Pd1998Recall}): names given that are a hand-tagged name 0.844 → 0.879,
   * names found 0.624 → 0.610 (EVALUATION.md).
   */
  private static final int MIN_ONE_CHARACTER_GIVEN_NAME_COUNT = 10;
  /**
   * The given name of a name never seen where a person's stands ({@link PersonContext}) must be commoner. People's
   * Daily 1998-01: precision 0.881 → 0.918, recall 0.610 → 0.597; news-html: 3 real names lost (邓伦, 陆游, 柳惠), 39
   * wrong ones gone (EVALUATION.md).
   */
  private static final int MIN_UNSUPPORTED_ONE_CHARACTER_COUNT = 100;
  private static final int MIN_UNSUPPORTED_TWO_CHARACTER_COUNT = 5;
  /** Conjunctions that are also family names: before a nickname (和小冬, 但小温) they join, not name. */
  private static final String CONJUNCTIONS = "和但与及同跟";
  /** HanLP's tags of a time, space or direction word: what a name's first two characters do not make (白天晴). */
  private static final List<String> TIME_OR_SPACE_NATURES = List.of("t", "s", "f");
  /** A name does not follow a numeral: {@code 百余人}, {@code 三万人}, {@code 八十多万大军} are counts. */
  static final String NUMERALS = "一二三四五六七八九十百千万亿两几数多";
  /** Measure words and units after 一: a given name 一周 or 一顿 is a count ({@code 开学已满一周}, {@code 连一顿饭}). */
  private static final String MEASURES = "周顿次个天年月日件条场份批群种点回遍趟步";
  /** Words that follow a name: when a two-character name is followed by one more character and then
   * one of these, the segmenter cut a three-character name short (钱晓|岚表示, 解永|成说, 雷越|岚回忆, 潘晓|颖父母). */
  private static final List<String> AFTER_NAME = Stream.concat(PersonContext.VERBS_OF_SPEECH.stream(),
      Stream.of("、", ",", "同志", "父母", "家人", "母亲", "父亲", "妻子", "丈夫")).toList();
  private static final String NOT_NAME_CHARS =
      "说表介告坦笑等在是和与的了为向对从也都就将把被同及已还认指称又更这那一们之所以于到给让请要会能可去来作做参获担任当曾则却亦仍并均";
  /** Characters after a family name and 某 that are not a given name: 某某, 李某家, 王某方, 张某处. */
  private static final String NOT_ANONYMISED_GIVEN = "某家方处";
  /** First letters of HanLP's tags that a family name HanLP left alone does not carry: conjunction, preposition,
   * particle, adverb, pronoun, numeral, classifier, locative, punctuation, modal ({@code 和/cc 李鹏}). */
  private static final String NOT_SURNAME_NATURES = "cpudrmqfwy";
  /** First letters of HanLP's tags that no given name carries: those, and a verb's ({@code 王某/nr 说/v}). */
  private static final String NOT_GIVEN_NATURES = "v" + NOT_SURNAME_NATURES;
  /** Other staff names between a staff word and a name: 通讯员黄思邈 周永祥. */
  private static final Pattern NAMES_BEFORE = Pattern.compile("\\s*(?:\\p{IsHan}{2,4}[\\s、]+)*");
  /** Other staff names between a name and 摄 or 报道: 姜卫明 徐嘉薇 摄. */
  private static final Pattern NAMES_AFTER = Pattern.compile("(?:[\\s、]+\\p{IsHan}{2,4})*\\s*");

  private final RegionGazetteer gazetteer;

  /** @param gazetteer places are not persons (云阳, 江山) */
  public PersonExtractor(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The persons of the texts in order of first mention, without {@code staff}. */
  public List<String> persons(List<SegmentedText> texts, Collection<String> staff) {
    Set<String> persons = new LinkedHashSet<>();
    Set<String> inContext = new HashSet<>();
    Set<String> excluded = new LinkedHashSet<>(staff);
    for (SegmentedText text : texts) {
      List<Token> tokens = text.tokens();
      List<int[]> spans = new ArrayList<>(ListedNames.spans(tokens));
      spans.addAll(TitledNames.spans(tokens));
      spans.addAll(CutNames.spans(tokens));
      spans.sort(Comparator.comparingInt(span -> span[0]));
      ArrayDeque<int[]> untagged = new ArrayDeque<>(spans);
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        while (!untagged.isEmpty() && untagged.peek()[0] <= token.offset()) {
          addUntagged(text.text(), untagged.poll(), persons, inContext);
        }
        if (!token.nature().startsWith("nr") || token.nature().equals("nrf")) {
          continue;
        }
        int start = token.offset();
        String name = completedBeforeTitle(tokens, i, completed(normalised(token.word()), text.text(), start));
        name = completedAnonymised(tokens, i, name);
        if (withSurnameBefore(name, text.text(), start) || withSurnameTokenBeforeTitle(tokens, i, name)) {
          name = text.text().charAt(start - 1) + name;
          start--;
        }
        int end = start + name.length();
        if (!isPlausibleName(name, text.text(), start) || touchesNameFragment(tokens, i, start, end)
            || isBetweenPlaceAndNoun(tokens, i, start, end) || followsAdverb(tokens, i, start)) {
          continue;
        }
        if (isStaff(text.text(), start, end)) {
          excluded.add(name);
        } else {
          persons.add(name);
          if (PersonContext.around(tokens, text.text(), start, end)) {
            inContext.add(name);
          }
        }
      }
      while (!untagged.isEmpty()) {
        addUntagged(text.text(), untagged.poll(), persons, inContext);
      }
    }
    persons.removeAll(excluded);
    persons.removeIf(name -> !inContext.contains(name) && !hasCommonGivenName(name));
    List<String> result = new ArrayList<>();
    for (String person : persons) {
      if (persons.stream().noneMatch(other -> other.length() > person.length() && other.startsWith(person))) {
        result.add(person);
      }
    }
    return NameOverlaps.mended(result, texts.stream().map(SegmentedText::text).toList());
  }

  /**
   * A name HanLP did not tag that stands in a list of names it did or after a title ({@link ListedNames}, {@link
   * TitledNames}): in a person's place, unless it opens with a place's name (a list of toll gates, 璜塘、江阴南、江阴).
   * A name HanLP cut in two ({@link CutNames}) is taken as in context too: its given name is commoner than a name
   * without context needs.
   */
  private void addUntagged(String text, int[] span, Set<String> persons, Set<String> inContext) {
    String name = text.substring(span[0], span[1]);
    if (isPlausibleName(name, text, span[0]) && gazetteer.lookup(name.substring(0, 2)).isEmpty()
        && !isStaff(text, span[0], span[1])) {
      persons.add(name);
      inContext.add(name);
    }
  }

  private boolean isPlausibleName(String name, String text, int start) {
    if (!CHINESE_NAME.matcher(name).matches() || !Surnames.startsWithSurname(name) || NOT_NAMES.contains(name)) {
      return false;
    }
    for (String ending : NOT_NAME_ENDINGS) {
      if (name.endsWith(ending)) {
        return false;
      }
    }
    if (name.length() == 2 && !isOneCharacterGivenName(name.substring(1))) {
      return false;
    }
    if (name.length() == 3 && ADVERBS.indexOf(name.charAt(1)) >= 0) {
      return false;
    }
    if (start > 0 && (Character.isDigit(text.charAt(start - 1)) || NUMERALS.indexOf(text.charAt(start - 1)) >= 0)) {
      return false;
    }
    if (name.length() == 3 && name.charAt(1) == '一' && MEASURES.indexOf(name.charAt(2)) >= 0) {
      return false;
    }
    if (name.length() == 3 && (splitsWords(name, text, start) || readsAsTwoWords(name, text, start)
        || opensWithPlaceOrTime(name)
        || CONJUNCTIONS.indexOf(name.charAt(0)) >= 0 && "小老".indexOf(name.charAt(1)) >= 0)) {
      return false;
    }
    for (String firm : FIRM_WORDS) {
      if (text.startsWith(firm, start + name.length())) {
        return false;
      }
    }
    if (!gazetteer.lookup(name).isEmpty()) {
      return false;
    }
    for (int length = 2; length < name.length(); length++) {
      for (RegionGazetteer.Form form : gazetteer.lookup(name.substring(0, length))) {
        if (form.place().kind() == Place.Kind.PROVINCE || form.place().kind() == Place.Kind.CITY) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * True when the name's first two characters are a time, space or direction word (白天晴), or a place name before a
   * function character (江南至华南; 江南春 is a name).
   */
  private static boolean opensWithPlaceOrTime(String name) {
    Optional<String> nature = HanLpLexicon.usualNature(name.substring(0, 2));
    return nature.filter(TIME_OR_SPACE_NATURES::contains).isPresent()
        || nature.filter("ns"::equals).isPresent() && FUNCTION_CHARACTERS.indexOf(name.charAt(2)) >= 0;
  }

  /**
   * True when the name's family name ends a word begun before it and its given name is a word of another kind:
   * HanLP cut {@code 在于|增强} as {@code 在|于增强}, {@code 国王|学院} as {@code 国|王学院}.
   */
  private static boolean splitsWords(String name, String text, int start) {
    if (!isWordOtherThanName(name.substring(1))) {
      return false;
    }
    for (int length = 1; length <= 2 && length <= start; length++) {
      if (isWordOtherThanName(text.substring(start - length, start + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a one-character adverb stands right before the name: what follows an adverb is a verb phrase HanLP
   * read as a name ({@code 凑不|成数}, {@code 共|贺新春}, {@code 已|于凌晨}). Not an adverb HanLP's dictionary also
   * knows as a preposition, which does take a name ({@code 就|王某|案}, {@code 将|刘某|送医}).
   */
  private static boolean followsAdverb(List<Token> tokens, int index, int start) {
    if (index == 0) {
      return false;
    }
    Token before = tokens.get(index - 1);
    return before.end() == start && before.word().length() == 1 && before.nature().equals("d")
        && !HanLpLexicon.hasNature(before.word(), "p");
  }

  /**
   * True when a three-character name reads as two words of HanLP's dictionary, its first two characters one and its
   * last with the character after it the other: {@code 巴西|华人} of 巴西华人协会, {@code 全家|来到}.
   */
  private static boolean readsAsTwoWords(String name, String text, int start) {
    int end = start + name.length();
    return end < text.length() && isWordOtherThanName(name.substring(0, 2))
        && isWordOtherThanName(text.substring(end - 1, end + 1));
  }

  /** True when HanLP's dictionary has the characters as a word, mostly of another kind than a personal name. */
  private static boolean isWordOtherThanName(String characters) {
    return HanLpLexicon.usualNature(characters).filter(nature -> !nature.startsWith("nr")).isPresent();
  }

  /**
   * True when the name stands right between a place and a common noun or a locative: a firm's or a place's name
   * ({@code 山西/ns 金兰/nr 化工/n}, {@code 深圳/ns 海天/nr 出版社/n}), or a verb's object ({@code 武汉/ns 封城/nr 之后/f}).
   * A person after a place is followed by a verb, a title, punctuation or another name (江苏|黄薇|（, 湖北|刘春平|、).
   */
  private static boolean isBetweenPlaceAndNoun(List<Token> tokens, int index, int start, int end) {
    if (index == 0 || index + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(index - 1);
    Token after = tokens.get(index + 1);
    String nature = after.nature();
    boolean commonNoun = nature.startsWith("n") && !nature.startsWith("nr") && !nature.startsWith("nn");
    return before.end() == start && before.nature().startsWith("ns") && after.offset() == end
        && (commonNoun || nature.startsWith("f"));
  }

  /**
   * True when a character HanLP left alone touches the name as the rest of a longer name it was cut from: a bound
   * morpheme or a distinguishing word after it ({@code 阿卡耶/nr 夫/ng}, {@code 荣毅/nr 仁/ag}), a distinguishing word
   * before it ({@code 萨/b 马兰奇/nr}). Not a bound morpheme before it: that ends a job's name ({@code 配送员/ng 陈科}).
   */
  private static boolean touchesNameFragment(List<Token> tokens, int index, int start, int end) {
    for (int j = Math.max(0, index - 2); j < Math.min(tokens.size(), index + 3); j++) {
      Token token = tokens.get(j);
      if (token.word().length() == 1 && (token.offset() == end && NAME_FRAGMENT_NATURES.contains(token.nature())
          || token.end() == start && token.nature().equals("b"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code given} can be a one-character given name: not a verb, adverb or preposition that HanLP reads as
   * one after a family name's character ({@code 时说}, {@code 曾有}), and seen as one at least {@value
   * #MIN_ONE_CHARACTER_GIVEN_NAME_COUNT} times in HanLP's person-name dictionary (role E), which {@code 管好},
   * {@code 全域}, {@code 应收} and {@code 严控} are not (0, 4, 0 and 1 times; 毅 738, 鹤 22).
   */
  private static boolean isOneCharacterGivenName(String given) {
    return FUNCTION_CHARACTERS.indexOf(given) < 0
        && GivenNames.isCommonOneCharacterName(given, MIN_ONE_CHARACTER_GIVEN_NAME_COUNT);
  }

  /**
   * True when a name never seen beside a title, a role or a verb of speech has a given name common enough to stand
   * alone: a one-character one seen {@value #MIN_UNSUPPORTED_ONE_CHARACTER_COUNT} times, each character of a
   * two-character one {@value #MIN_UNSUPPORTED_TWO_CHARACTER_COUNT} times ({@code 高通}, {@code 石滩}, {@code 关孩子},
   * {@code 时长仅} are not).
   */
  private static boolean hasCommonGivenName(String name) {
    String given = name.substring(Surnames.length(name));
    return given.length() == 2 && given.charAt(0) == '某' // anonymised: 王某智
        || given.length() == 1 && GivenNames.isCommonOneCharacterName(given, MIN_UNSUPPORTED_ONE_CHARACTER_COUNT)
        || given.length() == 2 && GivenNames.isCommonTwoCharacterName(given, MIN_UNSUPPORTED_TWO_CHARACTER_COUNT)
        || given.length() > 2;
  }

  /**
   * True if a two-character name lacks the surname the segmenter left before it (、寇|嘉乐、); not if it opens with an
   * adverb or a verb ({@code ，但|都以}).
   */
  static boolean withSurnameBefore(String name, String text, int start) {
    return name.length() == 2 && !Surnames.startsWithSurname(name) && start >= 1
        && FUNCTION_CHARACTERS.indexOf(name.charAt(0)) < 0
        && Surnames.startsWithSurname(text.substring(start - 1, start))
        && (start == 1 || !Character.isIdeographic(text.charAt(start - 2)));
  }

  /**
   * True if a two-character name between a family name HanLP left alone and a title lacks that family name ({@code
   * 联合会/nis 陈/vg 伊芬/nr 秘书长/nnt}), even when the name could open with a family name itself (伊).
   */
  private static boolean withSurnameTokenBeforeTitle(List<Token> tokens, int index, String name) {
    if (name.length() != 2 || !tokens.get(index).word().equals(name) || index == 0 || index + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(index - 1);
    return before.word().length() == 1 && Surnames.startsWithSurname(before.word())
        && FUNCTION_CHARACTERS.indexOf(before.word()) < 0 && NOT_SURNAME_NATURES.indexOf(before.nature().charAt(0)) < 0
        && !before.nature().startsWith("nr") && tokens.get(index + 1).nature().equals("nnt");
  }

  /** The name with the character the segmenter cut off, when what follows shows it was cut. */
  static String completed(String name, String text, int start) {
    int end = start + name.length();
    if (name.length() != 2 || end + 1 >= text.length()) {
      return name;
    }
    char next = text.charAt(end);
    if (!Character.isIdeographic(next) || NOT_NAME_CHARS.indexOf(next) >= 0) {
      return name;
    }
    for (String after : AFTER_NAME) {
      if (text.startsWith(after, end + 1)) {
        return name + next;
      }
    }
    return name;
  }

  /**
   * The name with the character the segmenter cut off and left alone before a title ({@code 方创/nr 琳/nz 研究员/nnt},
   * {@code 贺灿/nr 飞/vi 教授/nnt}); not one that may begin a clause ({@code 王强/nr 任/v 院长/nnt}).
   */
  private static String completedBeforeTitle(List<Token> tokens, int index, String name) {
    Token next = loneCharacterAfter(tokens, index, name);
    boolean cut = next != null && index + 2 < tokens.size() && tokens.get(index + 2).nature().equals("nnt");
    return cut ? name + next.word() : name;
  }

  /**
   * An anonymised name with the character the segmenter left alone after it ({@code 王某/nr 智/ng}, {@code 向某/nr 波/n}
   * are 王某智 and 向某波); not a verb, a word of place or a particle ({@code 王某/nr 说/v}, {@code 李某/nr 家/n}): a
   * family name with 某 alone is left out, as every such person is one value.
   */
  private static String completedAnonymised(List<Token> tokens, int index, String name) {
    Token next = name.charAt(name.length() - 1) == '某' ? loneCharacterAfter(tokens, index, name) : null;
    boolean given = next != null && NOT_ANONYMISED_GIVEN.indexOf(next.word().charAt(0)) < 0
        && NOT_GIVEN_NATURES.indexOf(next.nature().charAt(0)) < 0 && !next.nature().equals("nnt");
    return given ? name + next.word() : name;
  }

  /**
   * The token after a two-character name that is the whole of its token when it is one Han character that may end a
   * name (not 说, 在, 的 …), or null.
   */
  private static @Nullable Token loneCharacterAfter(List<Token> tokens, int index, String name) {
    if (name.length() != 2 || !tokens.get(index).word().equals(name) || index + 1 >= tokens.size()) {
      return null;
    }
    Token next = tokens.get(index + 1);
    char first = next.word().charAt(0);
    return next.word().length() == 1 && Character.isIdeographic(first) && NOT_NAME_CHARS.indexOf(first) < 0
        ? next : null;
  }

  static String normalised(String word) {
    String name = word;
    for (String trailing : TRAILING) {
      if (name.endsWith(trailing) && name.length() - trailing.length() >= 2) {
        name = name.substring(0, name.length() - trailing.length());
      }
    }
    return name;
  }

  private static boolean isStaff(String text, int start, int end) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    if (STAFF_LINE.matcher(text).region(lineStart, lineEnd < 0 ? text.length() : lineEnd).matches()) {
      return true;
    }
    String before = text.substring(Math.max(lineStart, start - STAFF_WINDOW_CHARS), start);
    for (String word : STAFF_BEFORE) {
      int at = before.lastIndexOf(word);
      if (at >= 0 && NAMES_BEFORE.matcher(before.substring(at + word.length())).matches()) {
        return true;
      }
    }
    String after = text.substring(end, Math.min(text.length(), end + STAFF_WINDOW_CHARS));
    for (String word : STAFF_AFTER) {
      int at = after.indexOf(word);
      if (at >= 0 && NAMES_AFTER.matcher(after.substring(0, at)).matches()) {
        return true;
      }
    }
    return false;
  }
}
