package gongbao.search.web.html;

import gongbao.search.api.TrendResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A line chart of a trend as inline SVG, drawn on the server: one line per series (at most
 * {@link #MAX_LINES}), periods along the bottom placed by their date (so a gap between periods
 * shows as a gap), a labelled value axis, and each point titled with its exact value for pointer
 * users. The numbers themselves are in the table beside it.
 */
final class TrendChart {

  static final int MAX_LINES = 8;
  private static final int WIDTH = 640;
  private static final int HEIGHT = 300;
  private static final int LEFT = 56;
  private static final int RIGHT = 32;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;
  private static final int TICKS = 4;
  private static final int MIN_LABEL_GAP = 64;

  private TrendChart() {}

  static void write(HtmlWriter html, TrendResponse trend, Function<String, String> seriesName, String description) {
    List<String> buckets = trend.buckets();
    boolean share = trend.measure().equals("share");
    double top = niceCeiling(trend.series().stream().limit(MAX_LINES)
        .flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0), share);
    html.open("svg", "class", "chart", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img",
        "aria-labelledby", "chart-title", "xmlns", "http://www.w3.org/2000/svg", "preserveAspectRatio", "xMidYMid meet");
    html.element("title", description, "id", "chart-title");
    double[] xs = positions(buckets);
    valueAxis(html, top, share);
    periodAxis(html, buckets, xs);
    for (int s = 0; s < Math.min(MAX_LINES, trend.series().size()); s++) {
      TrendResponse.Series series = trend.series().get(s);
      line(html, series, buckets, xs, top, "series s" + s, seriesName.apply(series.key()), share);
    }
    html.close("svg");
  }

  private static void valueAxis(HtmlWriter html, double top, boolean share) {
    for (int i = 0; i <= TICKS; i++) {
      double value = top * i / TICKS;
      String y = coordinate(y(value, top));
      html.empty("line", "class", i == 0 ? "axis" : "grid", "x1", Integer.toString(LEFT), "x2", Integer.toString(WIDTH - RIGHT),
          "y1", y, "y2", y);
      html.element("text", format(value, share), "class", "tick", "x", Integer.toString(LEFT - 6), "y", y,
          "text-anchor", "end", "dominant-baseline", "middle");
    }
  }

  /** Labels the periods from the left, skipping any that would crowd the one before. */
  private static void periodAxis(HtmlWriter html, List<String> buckets, double[] xs) {
    double lastLabel = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < buckets.size(); i++) {
      if (xs[i] - lastLabel >= MIN_LABEL_GAP) {
        html.element("text", buckets.get(i), "class", "tick", "x", coordinate(xs[i]),
            "y", Integer.toString(HEIGHT - BOTTOM + 20), "text-anchor", "middle");
        lastLabel = xs[i];
      }
    }
  }

  private static void line(HtmlWriter html, TrendResponse.Series series, List<String> buckets, double[] xs, double top,
      String cssClass, String name, boolean share) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < series.values().size(); i++) {
      points.append(coordinate(xs[i])).append(',').append(coordinate(y(series.values().get(i), top))).append(' ');
    }
    html.open("g", "class", cssClass);
    html.empty("polyline", "points", points.toString().strip(), "fill", "none");
    for (int i = 0; i < series.values().size(); i++) {
      html.open("circle", "cx", coordinate(xs[i]), "cy", coordinate(y(series.values().get(i), top)), "r", "4")
          .element("title", name + " " + buckets.get(i) + "：" + format(series.values().get(i), share))
          .close("circle");
    }
    html.close("g");
  }

  /** Where each period lies across the chart, in proportion to its date ({@code 2024} or {@code 2024-03}). */
  static double[] positions(List<String> buckets) {
    double[] xs = new double[buckets.size()];
    double span = WIDTH - LEFT - RIGHT;
    if (buckets.isEmpty()) {
      return xs;
    }
    int first = monthIndex(buckets.get(0));
    int last = monthIndex(buckets.get(buckets.size() - 1));
    for (int i = 0; i < xs.length; i++) {
      xs[i] = last == first ? LEFT + span / 2 : LEFT + span * (monthIndex(buckets.get(i)) - first) / (last - first);
    }
    return xs;
  }

  private static int monthIndex(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    return year * 12 + (period.length() > 4 ? Integer.parseInt(period.substring(5, 7)) - 1 : 0);
  }

  private static double y(double value, double top) {
    double span = HEIGHT - TOP - BOTTOM;
    return HEIGHT - BOTTOM - (top == 0 ? 0 : span * value / top);
  }

  /** A round number at or above the largest value, so the ticks are round too. */
  static double niceCeiling(double max, boolean share) {
    if (max <= 0) {
      return share ? 0.01 : TICKS;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      double ceiling = step * magnitude;
      if (ceiling >= max && (share || ceiling / TICKS == Math.floor(ceiling / TICKS))) {
        return ceiling;
      }
    }
    return Math.ceil(max / TICKS) * TICKS;
  }

  /** A count as a whole number, a share as a percentage. */
  static String format(double value, boolean share) {
    return share ? String.format(Locale.ROOT, "%.1f%%", value * 100) : Long.toString(Math.round(value));
  }

  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
