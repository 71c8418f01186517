package gongbao.bench.split;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Whether an output article holds exactly the text the page printed for it below its headline: the
 * body paragraphs and captions in order, the staff and credit lines it read as its byline (each lifted
 * from where the article printed it: above the body, below it, between its closing captions; in page
 * order), and the reading-tip boxes it moved out of the body (each from anywhere in the known text, with
 * the label printed over it, {@code 核心阅读}; in any order, since a box can be printed inside another's text). Every
 * other character must sit where the page had it. All texts are compared with spaces removed.
 */
final class HeldText {

  /** The box labels the splitter reads as a reading tip and does not keep as text. */
  private static final List<String> TIP_LABELS = List.of("【阅读提示】", "阅读提示", "核心阅读");

  private HeldText() {}

  /**
   * @param known the article's body as printed
   * @param boxes the output's reading-tip boxes
   * @param credits the output's byline lines in page order
   * @param body the output's paragraphs and captions in order
   */
  static boolean exact(String known, List<String> boxes, List<String> credits, String body) {
    if (boxes.isEmpty()) {
      return creditsLifted(known, credits, body);
    }
    // boxes are lifted in any order: a box printed inside another box's text, cut by a column break, comes out first
    for (int b = 0; b < boxes.size(); b++) {
      String box = boxes.get(b);
      List<String> others = new ArrayList<>(boxes);
      others.remove(b);
      for (int at = known.indexOf(box); at >= 0; at = known.indexOf(box, at + 1)) {
        int from = at - labelBefore(known, at).length();
        String rest = known.substring(0, from) + known.substring(at + box.length());
        if (exact(rest, others, credits, body)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The known text without the output's boxes (with their labels) and credit lines, each taken out where it first
   * occurs: what the output's body should then be, to show where a body that is not held first differs.
   */
  static String withoutLifted(String known, List<String> boxes, List<String> credits) {
    String rest = known;
    for (String lifted : boxes) {
      int at = rest.indexOf(lifted);
      if (at >= 0) {
        int from = at - labelBefore(rest, at).length();
        rest = rest.substring(0, from) + rest.substring(at + lifted.length());
      }
    }
    for (String lifted : credits) {
      int at = rest.indexOf(lifted);
      if (at >= 0) {
        rest = rest.substring(0, at) + rest.substring(at + lifted.length());
      }
    }
    return rest;
  }

  /** Whether {@code text} is one of the box labels the splitter does not keep as text. */
  static boolean isTipLabel(String text) {
    return TIP_LABELS.contains(text);
  }

  private static String labelBefore(String text, int at) {
    for (String label : TIP_LABELS) {
      if (text.startsWith(label, at - label.length())) {
        return label;
      }
    }
    return "";
  }

  /**
   * Whether the body and the credit lines make exactly {@code known}: the body in order, each credit lifted from wherever
   * the article printed it, the credits in page order.
   */
  private static boolean creditsLifted(String known, List<String> credits, String body) {
    int creditChars = credits.stream().mapToInt(String::length).sum();
    if (known.length() != body.length() + creditChars) {
      return false;
    }
    int[] consumed = new int[credits.size() + 1]; // characters of the credits before credit c
    for (int c = 0; c < credits.size(); c++) {
      consumed[c + 1] = consumed[c] + credits.get(c).length();
    }
    // states: k characters of known read, c credits lifted; the body has then given k - consumed[c]
    boolean[][] seen = new boolean[known.length() + 1][credits.size() + 1];
    Deque<int[]> todo = new ArrayDeque<>();
    todo.push(new int[] {0, 0});
    while (!todo.isEmpty()) {
      int[] state = todo.pop();
      int k = state[0];
      int c = state[1];
      if (seen[k][c]) {
        continue;
      }
      seen[k][c] = true;
      if (k == known.length() && c == credits.size()) {
        return true;
      }
      int b = k - consumed[c];
      if (b < body.length() && k < known.length() && known.charAt(k) == body.charAt(b)) {
        todo.push(new int[] {k + 1, c});
      }
      if (c < credits.size() && known.startsWith(credits.get(c), k)) {
        todo.push(new int[] {k + credits.get(c).length(), c + 1});
      }
    }
    return false;
  }
}
