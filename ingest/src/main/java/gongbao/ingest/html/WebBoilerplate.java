package gongbao.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines a news site prints in an article's text box that are the site's, not the article's: share and QR-code prompts,
 * editor, source and original-title lines, corrections links, copyright and disclaimers, promotions. They are dropped
 * from the body, and so is everything after a line that introduces other stories or readers' comments.
 */
final class WebBoilerplate {

  private static final int MAX_CHARS = 100;
  private static final Pattern LINE = Pattern.compile(
      "[（(【\\[]?(?:责任编辑|责编|编辑|实习编辑|来源|本文来源|文章来源|原标题|本文原标题|声明|免责声明)\\s*[：:].*"
          + "|.{0,12}(?:扫码|扫一扫|二维码).{0,20}|分享(?:到|至)[：:]?.{0,20}|.{0,6}分享至好友和朋友圈.{0,6}"
          + "|点击(?:进入|查看|阅读).{0,40}|【纠错】.*|返回.{1,8}[，,]查看更多.*|[（(]本文来自.*[)）]"
          + "|.*(?:版权所有|All Rights Reserved|Copyright ©|投资有风险，入市需谨慎|不代表.{1,12}的?(?:观点|立场)).*"
          + "|您的浏览器暂时无法播放此视频.*|图集|图片(?:均)?来(?:自|源于)网络.*|您所在的位置[：:].*|当前位置[：:].*"
          + "|[（(][^（()）]{0,40}原题(?:为)?[《「“].*[》」”][)）]"
          + "|关注|收藏|分享|评论|举报|打印|点赞|转发|在看|字号|[+＋]\\d{1,5}"
          + "|[（(]?(?:(?:责任编辑|编辑|校对|责编|审核|审校)\\s*[：:/／]?\\s*\\p{IsHan}{2,4}\\s*){1,4}[)）]?");
  /** The info line under a headline: a date and time with the source, author or editor, or a reading count. */
  private static final Pattern INFO_LINE = Pattern.compile(
      "[^。！？]{0,30}(?:19|20)\\d\\d[-年/.]\\d{1,2}[-月/.]\\d{1,2}[^。！？]{0,40}"
          + "(?:来源|作者|编辑|发布时间|浏览|阅读|字号|点击)[^。！？]{0,60}");
  /** A line after which a page shows other stories or readers' comments, not the article's text. */
  private static final Pattern END_OF_TEXT = Pattern.compile(
      "(?:延伸阅读|相关阅读|相关新闻|相关报道|推荐阅读|热门推荐|为你推荐|猜你喜欢|网友评论|热门评论|最新评论|精彩评论"
          + "|延伸\\s*·\\s*推荐|相关资讯请关注|看都看完了).{0,30}");
  /** A link back to the site that some sites append to an article's last paragraph. */
  private static final Pattern TRAILING_LINK = Pattern.compile("返回.{1,8}首页\\s*[>》»]*$");

  private WebBoilerplate() {}

  static boolean isBoilerplate(String line) {
    return line.length() <= MAX_CHARS && (LINE.matcher(line).matches() || INFO_LINE.matcher(line).matches());
  }

  /** True for a line after which the page shows other stories or comments ({@code 延伸阅读}, {@code 网友评论}). */
  static boolean endsText(String line) {
    return END_OF_TEXT.matcher(line).matches();
  }

  /** The line without a link back to the site's front page at its end ({@code …仍将持续。返回腾讯网首页>>}). */
  static String withoutTrailingLink(String line) {
    Matcher link = TRAILING_LINK.matcher(line);
    return link.find() ? line.substring(0, link.start()).strip() : line;
  }
}
