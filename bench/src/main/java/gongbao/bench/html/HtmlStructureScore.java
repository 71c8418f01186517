package gongbao.bench.html;

import gongbao.ingest.article.Article;
import gongbao.ingest.article.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tallies of {@link HtmlEvaluation} for the pages whose structure has gold ({@link HtmlStructureGold}): captions
 * and subheads found against those listed, and the boundaries between blocks kept.
 */
final class HtmlStructureScore {

  /** Items the gold lists, items found, items found that the gold lists. */
  private static final class Tally {
    int pages;
    int gold;
    int found;
    int right;

    /** Adds a page's items; returns those missed and those found wrongly, empty when none. */
    List<String> add(Set<String> listed, Set<String> given, String what) {
      pages++;
      gold += listed.size();
      found += given.size();
      List<String> wrong = new ArrayList<>();
      for (String item : given) {
        if (listed.contains(item)) {
          right++;
        } else {
          wrong.add(what + " not in the gold: " + item);
        }
      }
      listed.stream().filter(item -> !given.contains(item)).forEach(item -> wrong.add(what + " missed: " + item));
      return wrong;
    }

    String line(String what) {
      return String.format(Locale.ROOT, "%-12s(%2d pages): gold %d, found %d, right %d (precision %.2f, recall %.2f)",
          what, pages, gold, found, right, found == 0 ? 0 : (double) right / found,
          gold == 0 ? 0 : (double) right / gold);
    }
  }

  private final Tally captions = new Tally();
  private final Tally subheads = new Tally();
  private int breaks;
  private int breaksKept;

  /** Scores a page's article; returns what it got wrong, empty when nothing. */
  List<String> add(HtmlStructureGold gold, @Nullable Article article) {
    List<String> paragraphs = new ArrayList<>();
    Set<String> subheadsGiven = new LinkedHashSet<>();
    Set<String> captionsGiven = new LinkedHashSet<>();
    if (article != null) {
      for (Paragraph paragraph : article.paragraphs()) {
        paragraphs.add(HtmlGold.squeezed(paragraph.text()));
        if (paragraph.subhead()) {
          subheadsGiven.add(HtmlGold.squeezed(paragraph.text()));
        }
      }
      article.captions().forEach(caption -> captionsGiven.add(HtmlGold.squeezed(caption)));
    }
    List<String> wrong = new ArrayList<>();
    if (gold.captions() != null) {
      wrong.addAll(captions.add(gold.captions(), captionsGiven, "caption"));
    }
    if (gold.subheads() != null) {
      wrong.addAll(subheads.add(gold.subheads(), subheadsGiven, "subhead"));
    }
    List<String> blocks = new ArrayList<>(paragraphs);
    blocks.addAll(captionsGiven);
    for (HtmlStructureGold.Break gap : gold.breaks()) {
      breaks++;
      boolean kept = blocks.stream().anyMatch(block -> block.endsWith(gap.end()))
          && blocks.stream().anyMatch(block -> block.startsWith(gap.start()));
      if (kept) {
        breaksKept++;
      } else {
        wrong.add("blocks joined: " + gap.end() + "|" + gap.start());
      }
    }
    return wrong;
  }

  void print() {
    System.out.println(captions.line("captions"));
    System.out.println(subheads.line("subheads"));
    System.out.printf(Locale.ROOT, "block boundaries kept    %d of %d%n", breaksKept, breaks);
  }
}
