package gongbao.bench.html;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.Byline;
import gongbao.ingest.article.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The tallies of {@link HtmlEvaluation}: each page's article against its gold, and what it got wrong. */
final class HtmlScore {

  private int pages;
  private int unread;
  private int oneArticle;
  private int titles;
  private int datesRight;
  private int datesWrong;
  private int datesMissing;
  private int inferredRight;
  private int inferredWrong;
  private int starts;
  private int ends;
  private int both;
  private int held;
  private int goldPeople;
  private int foundPeople;
  private int rightPeople;

  /** A page the reader refused: it scores nothing. */
  void addUnread() {
    pages++;
    unread++;
  }

  /** Scores a page's articles; returns what they got wrong, empty when nothing. */
  List<String> add(HtmlGold gold, List<Article> articles) {
    pages++;
    List<String> wrong = new ArrayList<>();
    oneArticle += count(articles.size() == 1, wrong, articles.size() + " articles");
    Article article = articles.isEmpty() ? null : articles.get(0);
    String title = article == null ? "" : HtmlGold.squeezed(article.title());
    titles += count(title.equals(HtmlGold.squeezed(gold.title())), wrong, "title " + title);
    String date = article == null || article.date() == null ? null : article.date().toString();
    boolean inferred = article != null && article.dateInferred();
    if (gold.date() != null && gold.date().equals(date)) {
      datesRight++;
      inferredRight += inferred ? 1 : 0;
    } else if (date != null) {
      datesWrong++;
      inferredWrong += inferred ? 1 : 0;
      wrong.add("date " + date + (inferred ? " (inferred)" : "") + " for " + gold.date());
    } else if (gold.date() != null) {
      datesMissing++;
      wrong.add("no date for " + gold.date());
    }
    List<String> blocks = article == null ? List.of() : blocks(article);
    String first = blocks.isEmpty() ? "" : blocks.get(0);
    String last = blocks.isEmpty() ? "" : blocks.get(blocks.size() - 1);
    String running = String.join("", blocks); // a gold snippet may reach over a short block into the next
    boolean start = running.startsWith(gold.textStart()) || captionAt(article, 0, gold.textStart(), true);
    boolean end = running.endsWith(gold.textEnd()) || captionAt(article, -1, gold.textEnd(), false);
    starts += count(start, wrong, "starts " + head(first));
    ends += count(end, wrong, "ends " + tail(last));
    both += start && end ? 1 : 0;
    String all = running + (article == null ? "" : HtmlGold.squeezed(String.join("", article.captions())));
    held += count(all.contains(gold.textStart()) && all.contains(gold.textEnd()), wrong, "text not all held");
    Set<String> people = article == null ? Set.of() : people(article.byline());
    goldPeople += gold.people().size();
    foundPeople += people.size();
    int right = (int) gold.people().stream().filter(people::contains).count();
    rightPeople += right;
    if (right != gold.people().size() || right != people.size()) {
      wrong.add("people " + people + " for " + gold.people());
    }
    return wrong;
  }

  void print() {
    System.out.printf(Locale.ROOT, "news-html pages %d (unread %d)%n", pages, unread);
    System.out.printf(Locale.ROOT, "one article per page    %d%n", oneArticle);
    System.out.printf(Locale.ROOT, "headline exact          %d%n", titles);
    System.out.printf(Locale.ROOT, "date right %d (inferred from the text %d), wrong %d (inferred %d), none %d%n",
        datesRight, inferredRight, datesWrong, inferredWrong, datesMissing);
    System.out.printf(Locale.ROOT, "text starts right       %d%n", starts);
    System.out.printf(Locale.ROOT, "text ends right         %d%n", ends);
    System.out.printf(Locale.ROOT, "both ends right         %d%n", both);
    System.out.printf(Locale.ROOT, "gold text all held      %d%n", held);
    System.out.printf(Locale.ROOT, "people credited: gold %d, found %d, right %d (precision %.2f, recall %.2f)%n",
        goldPeople, foundPeople, rightPeople, foundPeople == 0 ? 0 : (double) rightPeople / foundPeople,
        goldPeople == 0 ? 0 : (double) rightPeople / goldPeople);
  }

  private static int count(boolean right, List<String> wrong, String what) {
    if (!right) {
      wrong.add(what);
    }
    return right ? 1 : 0;
  }

  /** The article's paragraphs and subheads in order, white space removed. */
  private static List<String> blocks(Article article) {
    List<String> blocks = new ArrayList<>();
    for (Paragraph paragraph : article.paragraphs()) {
      blocks.add(HtmlGold.squeezed(paragraph.text()));
    }
    return blocks;
  }

  /** A page whose text opens or closes with a photo: its first or last caption holds the gold's end of the text. */
  private static boolean captionAt(@Nullable Article article, int index, String snippet, boolean start) {
    if (article == null || article.captions().isEmpty()) {
      return false;
    }
    List<String> captions = article.captions();
    String caption = HtmlGold.squeezed(captions.get(index < 0 ? captions.size() - 1 : index));
    return start ? caption.startsWith(snippet) : caption.endsWith(snippet);
  }

  private static Set<String> people(Byline byline) {
    Set<String> people = new LinkedHashSet<>();
    people.addAll(byline.reporters());
    people.addAll(byline.correspondents());
    people.addAll(byline.photographers());
    people.addAll(byline.authors());
    return people;
  }

  private static String head(String text) {
    return text.length() <= 16 ? text : text.substring(0, 16) + "…";
  }

  private static String tail(String text) {
    return text.length() <= 16 ? text : "…" + text.substring(text.length() - 16);
  }
}
