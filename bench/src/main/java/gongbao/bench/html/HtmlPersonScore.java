package gongbao.bench.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The tallies of {@link HtmlPersonEvaluation}: persons given against each page's gold, and what each got wrong. */
final class HtmlPersonScore {

  private int pages;
  private int unread;
  private int gold;
  private int given;
  private int right;
  private int alsoRight;

  /** A page the reader refused: its gold names all count as missed. */
  void addUnread(HtmlPersonGold page) {
    pages++;
    unread++;
    gold += page.names().size();
  }

  /** Scores the persons given for a page; returns those not in its gold and the gold names missed, empty if none. */
  List<String> add(HtmlPersonGold page, Collection<String> persons) {
    pages++;
    gold += page.names().size();
    given += persons.size();
    List<String> wrong = new ArrayList<>();
    for (String person : persons) {
      if (page.names().contains(person)) {
        right++;
      } else if (page.alsoRight().contains(person)) {
        alsoRight++;
      } else {
        wrong.add("not a person: " + person);
      }
    }
    page.names().stream().filter(name -> !persons.contains(name)).sorted()
        .forEach(name -> wrong.add("missed: " + name));
    return wrong;
  }

  void print() {
    System.out.printf(Locale.ROOT, "news-html pages %d (unread %d)%n", pages, unread);
    System.out.printf(Locale.ROOT, "persons: gold %d, given %d, right %d (+%d right but not in recall's gold)%n",
        gold, given, right, alsoRight);
    System.out.printf(Locale.ROOT, "precision %.3f, recall %.3f%n",
        given == 0 ? 0 : (double) (right + alsoRight) / given, gold == 0 ? 0 : (double) right / gold);
  }
}
