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
 * scores by its sentence punctuation and length for its own block element, the element around that and (half) the one
 * around that, so the container of many punctuated paragraphs wins over menus, link lists and footers, whose lines are
 * short, unpunctuated or links; a block's score is discounted by its share of link text. One pass over the tree,
 * without recursion: linear in the page.
 */
final class NewsBody {

  /** Shorter runs of text (spaces and link text aside) are labels or menu items: they score nothing. */
  private static final int MIN_SCORED_CHARS = 10;
  private static final int CHARS_PER_LENGTH_POINT = 100;
  private static final int MAX_LENGTH_POINTS = 3;
  /** A block inside the best one earning this share of its score is the text box itself. */
  private static final double MOST_OF_THE_SCORE = 0.8;

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
      if (block.parent != null) {
        block.parent.score += score;
        if (block.parent.parent != null) {
          block.parent.parent.score += score / 2;
        }
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
   * The block itself, or the block inside it that earns nearly all its score: a wrapper that holds the headline, an
   * info line, the text box and a list of other stories gives the text box.
   */
  private static Block tightened(Block block) {
    Block inner = block;
    while (true) {
      Block strongest = null;
      for (Block child : inner.children) {
        if (strongest == null || child.weighed() > strongest.weighed()) {
          strongest = child;
        }
      }
      if (strongest == null || strongest.weighed() < inner.weighed() * MOST_OF_THE_SCORE) {
        return inner;
      }
      inner = strongest;
    }
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
