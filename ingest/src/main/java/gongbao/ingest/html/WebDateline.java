package gongbao.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dateline a news site opens an article's first paragraph with, as a paper's {@code 本报讯} opens its lead: the
 * outlet's name, maybe a place and a date, and {@code 讯}, {@code 快讯}, {@code 电} or {@code 消息} ({@code 新京报讯},
 * {@code 长江网10月4日讯}, {@code IT之家9月30日消息}, {@code 华龙网-新重庆客户端讯}, {@code 本站讯}), maybe followed by
 * the reporters in brackets. Only a paragraph's opening is read, and a sentence is not taken for one ({@code
 * 据新华社消息，…}, {@code 该公司消息称…}): the name must be a medium's ({@code …报}, {@code …网}, {@code …客户端}) or
 * a date must stand before the word, and a stop or bracket follow it; a reporter's credit in brackets after it is
 * enough alone ({@code 江城快讯（记者 裴文）}).
 */
final class WebDateline {

  private static final Pattern OPENING = Pattern.compile(
      "^(?!据|记者)([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9·\\-－]{1,15}?)\\s?((?:(?:19|20)\\d\\d年)?\\d{1,2}月\\d{1,2}日)?"
          + "(快讯|讯|电|消息)");
  /** What a medium's name ends on: a paper, a site, an agency, a station, an app, a company's news desk. */
  private static final Pattern MEDIUM = Pattern.compile(
      "(?:报|网|社|台|站|刊|杂志|之家|科技|财经|新闻|客户端|频道|传媒|在线|中心|公司|号)$");
  private static final Pattern BOUNDARY = Pattern.compile("[（(【\\[\\s\u3000，,：:。]|$");

  private WebDateline() {}

  /** The dateline opening the paragraph as printed ({@code 新京报快讯} of {@code 新京报快讯（记者 裴剑飞）今日…}), or null. */
  static @Nullable String of(String paragraph) {
    Matcher m = OPENING.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    String rest = paragraph.substring(m.end());
    if (WebCredits.inLead(rest) != null) {
      return m.group();
    }
    String name = m.group(1);
    boolean medium = MEDIUM.matcher(name).find() && !MEDIUM.matcher(name).replaceFirst("").isEmpty();
    boolean bounded = BOUNDARY.matcher(rest).lookingAt() || m.group(3).endsWith("讯");
    return (medium || m.group(2) != null) && bounded ? m.group() : null;
  }

  /** The paragraph after its dateline; the paragraph itself when it opens with none. */
  static String after(String paragraph) {
    String dateline = of(paragraph);
    return dateline == null ? paragraph : paragraph.substring(dateline.length());
  }
}
