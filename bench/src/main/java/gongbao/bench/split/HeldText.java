package gongbao.bench.split;

import java.util.List;

/**
 * Whether an output article holds exactly the text the page printed for it below its headline: the
 * body paragraphs and captions in order, the staff and credit lines it read as its byline (above the
 * body, or below it, in page order), and the reading-tip boxes it moved out of the body. Only a box
 * may come from anywhere in the known text, with the label printed over it ({@code 核心阅读}); every
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
      return creditsAround(known, credits, body);
    }
    String box = boxes.get(0);
    for (int at = known.indexOf(box); at >= 0; at = known.indexOf(box, at + 1)) {
      int from = at - labelBefore(known, at).length();
      String rest = known.substring(0, from) + known.substring(at + box.length());
      if (exact(rest, boxes.subList(1, boxes.size()), credits, body)) {
        return true;
      }
    }
    return false;
  }

  private static String labelBefore(String text, int at) {
    for (String label : TIP_LABELS) {
      if (text.startsWith(label, at - label.length())) {
        return label;
      }
    }
    return "";
  }

  /** Whether some lines above and the others below the body make exactly {@code known}. */
  private static boolean creditsAround(String known, List<String> credits, String body) {
    for (int above = 0; above <= credits.size(); above++) {
      String head = String.join("", credits.subList(0, above));
      String tail = String.join("", credits.subList(above, credits.size()));
      if (known.length() == head.length() + body.length() + tail.length() && known.startsWith(head)
          && known.startsWith(body, head.length()) && known.endsWith(tail)) {
        return true;
      }
    }
    return false;
  }
}
