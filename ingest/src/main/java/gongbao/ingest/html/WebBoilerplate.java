package gongbao.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines a news site prints in an article's text box that are the site's, not the article's: share and QR-code prompts,
 * editor, source and original-title lines, corrections links, copyright, reprint notices and disclaimers, promotions, a
 * WeChat account's menu of keywords to reply ({@code 1、回复【社保】查询…}). They are dropped from the body, and so is
 * everything after a line that introduces other stories or readers' comments; a finance site's stock quotes are
 * dropped from the lines they stand in.
 */
final class WebBoilerplate {

  private static final int MAX_CHARS = 100;
  private static final Pattern LINE = Pattern.compile(
      "[（(【\\[]?(?:责任编辑|责编|编辑|实习编辑|来源|本文来源|文章来源|原标题|本文原标题|声明|免责声明)\\s*[：:|丨｜].*"
          + "|.{0,12}(?:扫码|扫一扫|二维码).{0,20}|分享(?:到|至)[：:]?.{0,20}|.{0,6}分享至好友和朋友圈.{0,6}"
          + "|点击(?:进入|查看|阅读|菜单栏?|底部|下方|上方|蓝字).{0,40}|【纠错】.*|[（(]本文来自.*[)）]"
          + "|(?:\\d{1,2}[、.．]\\s*)?回复[【「“\"].{1,12}[】」”\"].{0,24}"
          + "|.*(?:版权所有|All Rights Reserved|Copyright ©|投资有风险，入市需谨慎|不代表.{1,12}的?(?:观点|立场)"
          + "|未经.{0,6}(?:允许|许可|授权).{0,10}(?:不得|禁止|严禁)转载"
          + "|下载.{0,6}(?:客户端|APP|App|app).{0,12}(?:专享|福利|红包|好礼|优惠)).*"
          + "|您的浏览器暂时无法播放此视频.*|图集|(?:图片|信息|内容|资料)(?:均)?来(?:自|源于?)网络.*|经过?\\S{1,8}重新编排"
          + "|您所在的位置[：:].*|当前位置[：:].*"
          + "|[（(][^（()）]{0,40}原题(?:为)?[《「“].*[》」”][)）]"
          + "|关注|收藏|分享|评论|举报|打印|点赞|转发|在看|字号|[+＋]\\d{1,5}"
          + "|[（(]?(?:(?:责任编辑|编辑|校对|责编|审核|审校)\\s*[：:/／|丨｜]?\\s*\\p{IsHan}{2,4}\\s*){1,4}[)）]?");
  /** The info line under a headline: a date and time with the source, author or editor, or a reading count. */
  private static final Pattern INFO_LINE = Pattern.compile(
      "[^。！？]{0,30}(?:19|20)\\d\\d[-年/.]\\d{1,2}[-月/.]\\d{1,2}[^。！？]{0,40}"
          + "(?:来源|作者|编辑|发布时间|浏览|阅读|字号|点击)[^。！？]{0,60}");
  /** A line after which a page shows other stories or readers' comments, not the article's text. */
  private static final Pattern END_OF_TEXT = Pattern.compile(
      "(?:延伸阅读|相关阅读|相关新闻|相关报道|推荐阅读|热门推荐|为你推荐|猜你喜欢|网友评论|热门评论|最新评论|精彩评论"
          + "|延伸\\s*·\\s*推荐|相关资讯请关注|看都看完了).{0,30}");
  /** A link back to the site that some sites append to an article's last line ({@code 返回搜狐，查看更多}). */
  private static final Pattern TRAILING_LINK = Pattern.compile("返回.{1,8}(?:首页\\s*[>》»]*|[，,]\\s*查看更多)$");

  /**
   * The quote a finance site sets after a listed company's name: price, change and change in per cent in brackets
   * ({@code 摩根大通(115.395, 2.79, 2.47%)}).
   */
  private static final Pattern STOCK_QUOTE = Pattern.compile(
      "[(（]\\s*-?\\d+(?:\\.\\d+)?\\s*[,，]\\s*[-+]?\\d+(?:\\.\\d+)?\\s*[,，]\\s*[-+]?\\d+(?:\\.\\d+)?%\\s*[)）]");

  /** A gallery's slide counter opening the first slide's text: {@code 1/10 当全世界绝大部分国家…}. */
  private static final Pattern SLIDE_COUNTER = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s+(?=\\p{IsHan})");

  /** A line that is only a date, maybe with its weekday and time: the info line of a page that prints nothing else. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:\\s*(?:星期|周)[一二三四五六日天])?(?:\\s*\\d{1,2}[:：]\\d{2})?"
          + "|(?:19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  private WebBoilerplate() {}

  /** True for a line that is only a date ({@code 2012年6月24日}, {@code 2019-09-11 10:05}). */
  static boolean isDateLine(String line) {
    return DATE_LINE.matcher(line).matches();
  }

  static boolean isBoilerplate(String line) {
    return line.length() <= MAX_CHARS && (LINE.matcher(line).matches() || INFO_LINE.matcher(line).matches());
  }

  /** True for a line after which the page shows other stories or comments ({@code 延伸阅读}, {@code 网友评论}). */
  static boolean endsText(String line) {
    return END_OF_TEXT.matcher(line).matches();
  }

  /** The line without a gallery's slide counter at its start ({@code 1/10 当全世界…}): the first of at least two slides. */
  static String withoutSlideCounter(String line) {
    Matcher counter = SLIDE_COUNTER.matcher(line);
    if (!counter.lookingAt()) {
      return line;
    }
    int slide = Integer.parseInt(counter.group(1));
    int slides = Integer.parseInt(counter.group(2));
    return slide >= 1 && slide <= slides && slides >= 2 ? line.substring(counter.end()) : line;
  }

  /** The line without the stock quotes set after companies' names ({@code 摩根大通(115.395, 2.79, 2.47%)}). */
  static String withoutStockQuotes(String line) {
    return line.indexOf('%') < 0 ? line : STOCK_QUOTE.matcher(line).replaceAll("");
  }

  /** The line without a link back to the site's front page at its end ({@code …仍将持续。返回腾讯网首页>>}). */
  static String withoutTrailingLink(String line) {
    Matcher link = TRAILING_LINK.matcher(line);
    return link.find() ? line.substring(0, link.start()).strip() : line;
  }
}
