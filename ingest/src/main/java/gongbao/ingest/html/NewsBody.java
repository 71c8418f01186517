package gongbao.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds an ordinary news page's article text, much as Readability does: every run of text
 * scores by its sentence punctuation and length for its own block element and, in shares that fall with distance, the
 * five around it, so the container of many punctuated paragraphs wins over menus, link lists and footers, whose lines
 * are short, unpunctuated or links (and paragraphs wrapped one by one still add up in a block around them); a block's
 * score is discounted by its share of link text. One pass over the tree, without recursion: linear in the page.
 */
final class NewsBody {

  /** Shorter runs of text (spaces and link text aside) are labels or menu items: they score nothing. */
  private static final int MIN_SCORED_CHARS = 10;
  private static final int CHARS_PER_LENGTH_POINT = 100;
  private static final int MAX_LENGTH_POINTS = 3;
  /** How many blocks around a run of text share its score: its parent fully, then 1/2, 1/6, 1/9, 1/12 (Readability). */
  private static final int ANCESTORS_SCORED = 5;
  /** A block inside the best one earning this share of its score is the text box itself. */
  private static final double MOST_OF_THE_SCORE = 0.8;
  private static final double HALF = 0.5;
  /** How many times the score of any other block beside it a block inside the best one must earn to be its text. */
  private static final double STANDS_OUT = 1.5;

  private static final class Block {
    final Element element;
    final @Nullable Block parent;
    final List<Block> children = new ArrayList<>();
    int ownChars;
    int ownLinkChars;
    int ownPunctuation;
    int chars;
    int linkChars;
    double score;

    /** The score discounted by the block's share of link text. */
    double weighed() {
      return chars == 0 ? 0 : score * (1 - (double) linkChars / chars);
    }

    Block(Element element, @Nullable Block parent) {
      this.element = element;
      this.parent = parent;
      if (parent != null) {
        parent.children.add(this);
      }
    }
  }

  private NewsBody() {}

  /** The element holding the text; the root itself when no run of text is long enough to score. */
  static Element find(Element root) {
    Scorer scorer = new Scorer();
    NodeTraversor.filter(scorer, root);
    for (Block block : scorer.blocks) {
      int text = block.ownChars - block.ownLinkChars;
      if (text < MIN_SCORED_CHARS) {
        continue;
      }
      double score = 1 + block.ownPunctuation + Math.min(text / CHARS_PER_LENGTH_POINT, MAX_LENGTH_POINTS);
      block.score += score; // a block whose text runs without paragraph elements is a text box of its own
      Block ancestor = block.parent;
      for (int level = 0; ancestor != null && level < ANCESTORS_SCORED; level++, ancestor = ancestor.parent) {
        ancestor.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      }
    }
    Block best = null;
    for (Block block : scorer.blocks) {
      if (block.weighed() > 0 && (best == null || block.weighed() > best.weighed())) {
        best = block;
      }
    }
    return best == null ? root : tightened(best).element;
  }

  /**
   * The block itself, or the block inside it that earns nearly all its score, or most of it and half as much again as any
   * other block beside it, unless that block is one paragraph among others: a wrapper that holds the headline, an info
   * line, the text box and a list of other stories gives the text box, while a text whose first paragraph is long stays
   * whole.
   */
  private static Block tightened(Block block) {
    Block inner = block;
    while (true) {
      Block strongest = null;
      double second = 0;
      for (Block child : inner.children) {
        if (strongest == null || child.weighed() > strongest.weighed()) {
          second = strongest == null ? 0 : strongest.weighed();
          strongest = child;
        } else {
          second = Math.max(second, child.weighed());
        }
      }
      if (strongest == null) {
        return inner;
      }
      double share = strongest.weighed() / inner.weighed();
      boolean standsOut = share >= HALF && strongest.weighed() >= second * STANDS_OUT;
      if (share < MOST_OF_THE_SCORE && !standsOut || oneOfSeveral(strongest)) {
        return inner;
      }
      inner = strongest;
    }
  }

  /** A paragraph among paragraphs: a {@code p} with another beside it that holds text of its own. */
  private static boolean oneOfSeveral(Block block) {
    if (!block.element.normalName().equals("p")) {
      return false;
    }
    for (Block sibling : block.parent.children) {
      if (sibling != block && sibling.element.normalName().equals("p")
          && sibling.ownChars - sibling.ownLinkChars >= MIN_SCORED_CHARS) {
        return true;
      }
    }
    return false;
  }

  /** Sentence punctuation: what running text has and menus do not. */
  private static boolean isSentencePunctuation(char c) {
    return "，。！？；、：,".indexOf(c) >= 0;
  }

  private static final class Scorer extends HtmlLines.BlockWalker {
    /** Block elements in document order: the first of equal scores wins, run after run. */
    final List<Block> blocks = new ArrayList<>();
    private final Deque<Block> open = new ArrayDeque<>();

    @Override
    void text(String shown, boolean inLink) {
      Block block = open.peek();
      if (block == null) {
        return;
      }
      int chars = HtmlLines.visibleChars(shown);
      block.ownChars += chars;
      if (inLink) {
        block.ownLinkChars += chars;
        return;
      }
      for (int i = 0; i < shown.length(); i++) {
        if (isSentencePunctuation(shown.charAt(i))) {
          block.ownPunctuation++;
        }
      }
    }

    @Override
    void blockStart(Element element) {
      Block block = new Block(element, open.peek());
      blocks.add(block);
      open.push(block);
    }

    @Override
    void blockEnd(Element element) {
      Block block = open.pop();
      block.chars += block.ownChars;
      block.linkChars += block.ownLinkChars;
      if (block.parent != null) {
        block.parent.chars += block.chars;
        block.parent.linkChars += block.linkChars;
      }
    }
  }
}
