package gongbao.ingest.article;

import gongbao.ingest.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a page's text into articles: a pure function of the page. This first version recognises a
 * headline group as a run of short lines without closing punctuation, followed by body paragraphs; a
 * line that opens with 本报讯 or 本刊讯 carries the dateline.
 */
public final class ArticleSplitter {

  private static final int MAX_HEADLINE_CHARS = 40;
  private static final Pattern CLOSING = Pattern.compile(".*[。!?！？…”\"』」)）]$");
  private static final Pattern DATELINE = Pattern.compile("^(本报讯|本刊讯|新华社[^\\s电]{0,6}电)");
  private static final Pattern STAFF_LINE =
      Pattern.compile("^(■\\s*)?([\\p{IsHan}]{2,4}(\\s+|$)|(本报|特约)?(记者|通讯员)\\s*)+$");

  /** A non-empty line of the page and where it starts. */
  private record Line(String text, int start, int end) {}

  public List<Article> split(Page page) {
    List<Line> lines = lines(page.text());
    List<Article> articles = new ArrayList<>();
    List<Line> headline = new ArrayList<>();
    List<Line> body = new ArrayList<>();
    List<Line> staff = new ArrayList<>();
    String column = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean headingLike = isHeadingLike(line.text());
      if (headingLike && isStaffLine(line.text())) {
        staff.add(line);
      } else if (headingLike) {
        if (!body.isEmpty()) {
          articles.add(build(page, articles.size() + 1, column, headline, body, staff));
          headline.clear();
          body.clear();
          staff.clear();
        }
        headline.add(line);
      } else {
        body.add(line);
      }
    }
    if (!body.isEmpty()) {
      articles.add(build(page, articles.size() + 1, column, headline, body, staff));
    }
    return articles;
  }

  private static Article build(
      Page page, int ordinal, String column, List<Line> headline, List<Line> body, List<Line> staff) {
    String kicker = null;
    String title;
    String subtitle = null;
    List<String> heads = headline.stream().map(Line::text).toList();
    List<String> warnings = new ArrayList<>();
    if (heads.isEmpty()) {
      title = abbreviate(body.get(0).text());
      warnings.add("no headline found; title taken from the first paragraph");
    } else if (heads.size() == 1) {
      title = heads.get(0);
    } else if (heads.get(0).endsWith("——") || heads.size() > 2) {
      kicker = heads.get(0);
      title = heads.get(1);
      subtitle = heads.size() > 2 ? String.join(" ", heads.subList(2, heads.size())) : null;
    } else {
      title = heads.get(0);
      subtitle = heads.get(1);
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    String dateline = null;
    for (Line line : body) {
      String text = line.text();
      var m = DATELINE.matcher(text);
      if (paragraphs.isEmpty() && m.find()) {
        dateline = m.group(1);
      }
      paragraphs.add(Paragraph.body(text));
    }
    List<String> authors = new ArrayList<>();
    for (Line line : staff) {
      for (String name : line.text().replace("■", " ").split("\\s+")) {
        if (!name.isBlank() && !name.contains("记者") && !name.contains("通讯员") && !authors.contains(name)) {
          authors.add(name);
        }
      }
    }
    int start = headline.isEmpty() ? body.get(0).start() : headline.get(0).start();
    int end = body.get(body.size() - 1).end();
    String lastText = body.get(body.size() - 1).text();
    return new Article(
        articleId(page, ordinal),
        page.paper().id(),
        page.date(),
        page.dateInferred(),
        page.pageId(),
        null,
        column,
        paragraphs.size() <= 1 && lastText.length() < 120 ? ArticleKind.BRIEF : ArticleKind.NEWS,
        kicker,
        title,
        subtitle,
        new Byline(List.of(), List.of(), List.of(), authors),
        dateline,
        paragraphs,
        List.of(),
        null,
        !CLOSING.matcher(lastText).matches(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        new Source(page.file(), start, end, warnings));
  }

  /** {@code paper:date:page:ordinal}; an inferred date is not part of the identity. */
  public static String articleId(Page page, int ordinal) {
    String date = page.date() == null || page.dateInferred() ? "undated" : page.date().toString();
    return page.paper().id() + ":" + date + ":" + page.pageId() + ":" + ordinal;
  }

  private static boolean isHeadingLike(String text) {
    return text.length() <= MAX_HEADLINE_CHARS && !CLOSING.matcher(text).matches() && !DATELINE.matcher(text).find();
  }

  private static boolean isStaffLine(String text) {
    return text.startsWith("■") || (text.contains(" ") && STAFF_LINE.matcher(text).matches());
  }

  private static String abbreviate(String text) {
    return text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String raw = text.substring(pos, end);
      String stripped = raw.strip();
      if (!stripped.isEmpty()) {
        int start = pos + raw.indexOf(stripped.charAt(0));
        lines.add(new Line(stripped.replace('\u3000', ' '), start, start + stripped.length()));
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return lines;
  }
}
