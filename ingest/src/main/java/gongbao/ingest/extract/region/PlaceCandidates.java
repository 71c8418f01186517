package gongbao.ingest.extract.region;

import gongbao.ingest.analysis.HanLpLexicon;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds in segmented texts the gazetteer's forms that may name a place, longest first, and what the text shows
 * of each ({@link PlaceCandidate}): a full name of three or more characters is taken as written; a short form
 * (or a two-character full name such as 城区) must coincide with word boundaries of the segmentation, not be
 * shown by the words around it to be something else ({@link ShortFormContext}: 北京方向, 龙湖集团, 江汉西部), and
 * not lie inside a person's name (陈来凤).
 */
final class PlaceCandidates {

  private static final String[] ANCHOR_FOLLOWERS = {"总工会", "工会"};
  /**
   * How often HanLP's dictionary corpus must hold a form for it to be a common word: 公安 189, 资源 289, 复兴 14, 安宁 12
   * times against 江山 7, 凤凰 6, 昆山 and 津市 once (EVALUATION.md, places).
   */
  private static final int COMMON_WORD_FREQUENCY = 10;
  /** A quarter of the compass and a sea, lake, hill or river: as often the feature as the county (南海, 东湖, 西山). */
  private static final Pattern NATURAL_FEATURE = Pattern.compile("[东南西北][海湖山江河]");

  private final RegionGazetteer gazetteer;

  PlaceCandidates(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The candidates of each text in order, less those inside a person's name and the short forms the texts
   * show to be something else.
   */
  List<PlaceCandidate> collect(List<SegmentedText> texts, Collection<String> persons) {
    List<PlaceCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      collect(i, texts.get(i), candidates);
    }
    return withoutOtherThings(texts, outsideNames(texts, candidates, persons));
  }

  private static List<PlaceCandidate> outsideNames(
      List<SegmentedText> texts, List<PlaceCandidate> candidates, Collection<String> persons) {
    if (persons.isEmpty()) {
      return candidates;
    }
    List<PlaceCandidate> kept = new ArrayList<>();
    for (PlaceCandidate candidate : candidates) {
      if (!insideName(texts.get(candidate.text()).text(), candidate, persons)) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  /** True if an occurrence of a name overlaps the candidate other than as exactly its span. */
  private static boolean insideName(String text, PlaceCandidate candidate, Collection<String> persons) {
    for (String name : persons) {
      int from = Math.max(0, candidate.start() - name.length() + 1);
      for (int at = text.indexOf(name, from); at >= 0 && at < candidate.end(); at = text.indexOf(name, at + 1)) {
        if (at != candidate.start() || name.length() != candidate.end() - candidate.start()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Leaves out every short form of a county that the article once shows to be something else: a region of
   * the map (江汉 of 江汉西部) or a company (龙湖 of 龙湖集团).
   */
  private static List<PlaceCandidate> withoutOtherThings(List<SegmentedText> texts, List<PlaceCandidate> candidates) {
    Map<String, Boolean> otherThings = new HashMap<>();
    List<PlaceCandidate> kept = new ArrayList<>();
    for (PlaceCandidate candidate : candidates) {
      boolean other = candidate.isShortForm() && otherThings.computeIfAbsent(
          candidate.form(), form -> ShortFormContext.namesOtherThing(form, candidate.forms(), texts));
      if (!other) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  private void collect(int index, SegmentedText segmented, List<PlaceCandidate> out) {
    String text = segmented.text();
    int position = 0;
    while (position < text.length()) {
      PlaceCandidate found = null;
      for (int length : gazetteer.formLengthsAt(text, position)) {
        if (length >= 2 && found == null) {
          List<RegionGazetteer.Form> forms = gazetteer.lookup(text.substring(position, position + length));
          found = admit(index, segmented, position, position + length, forms);
        }
      }
      if (found != null && !found.isWrittenInFull() && fullNameReachesPast(text, position + 1, found.end())) {
        found = null; // 广西平南县 cut 广/西平/南县: 西平 (a county of 河南) is the start of 平南县
      }
      if (found != null) {
        out.add(out.isEmpty() ? found : found.after(out.get(out.size() - 1)));
        position = found.end();
      } else {
        position++;
      }
    }
  }

  /**
   * True if a county's full name of three or more characters ending in 县 starts in [from, end) and ends after
   * {@code end}. Only 县: a name ending in 市 or 区 there is as often 城市 or 城区 read across a word (上海城区 is
   * no 海城区, 滨海城市 no 海城市).
   */
  private boolean fullNameReachesPast(String text, int from, int end) {
    for (int position = from; position < end; position++) {
      for (int length : gazetteer.formLengthsAt(text, position)) {
        String name = text.substring(position, position + length);
        if (length >= 3 && position + length > end && name.endsWith("县")
            && gazetteer.lookup(name).stream().anyMatch(RegionGazetteer.Form::fullName)) {
          return true;
        }
      }
    }
    return false;
  }

  private @Nullable PlaceCandidate admit(
      int index, SegmentedText segmented, int start, int end, List<RegionGazetteer.Form> forms) {
    String form = segmented.text().substring(start, end);
    boolean full = forms.stream().anyMatch(RegionGazetteer.Form::fullName);
    if (full && end - start >= 3) {
      List<RegionGazetteer.Form> fullForms = forms.stream().filter(RegionGazetteer.Form::fullName).toList();
      return new PlaceCandidate(
          index, start, end, form, fullForms, true, false, PlaceCandidate.Wording.PLACE_NAME, null);
    }
    if (!segmented.isBoundary(start) || !segmented.isBoundary(end)
        || ShortFormContext.isNoPlace(segmented, start, end)) {
      return null;
    }
    boolean anchored = followedByAnchor(segmented.text(), end);
    return new PlaceCandidate(index, start, end, form, forms, anchored || taggedAsPlace(segmented, start, end, forms),
        anchored, wording(form), null);
  }

  private static PlaceCandidate.Wording wording(String form) {
    if (HanLpLexicon.usualNature(form).filter(nature -> !nature.startsWith("ns")).isPresent()) {
      return HanLpLexicon.frequency(form) >= COMMON_WORD_FREQUENCY
          ? PlaceCandidate.Wording.COMMON_WORD : PlaceCandidate.Wording.RARE_WORD;
    }
    return NATURAL_FEATURE.matcher(form).matches()
        ? PlaceCandidate.Wording.RARE_WORD : PlaceCandidate.Wording.PLACE_NAME;
  }

  /**
   * True if the segmenter tags the form as a place. A county's short form is often an ordinary word (全州
   * "the whole prefecture", 沿河 "along the river", 资源, 合作), so for it the tag counts only where HanLP's
   * dictionary mostly knows the word as a place name (敦煌, 义乌); else its province or city must be named
   * too, or the paper's region, or a union word follow (武义工会).
   */
  private static boolean taggedAsPlace(
      SegmentedText segmented, int start, int end, List<RegionGazetteer.Form> forms) {
    int token = segmented.tokenStartingAt(start);
    if (token < 0) {
      return false;
    }
    Token word = segmented.tokens().get(token);
    if (word.end() != end || !word.nature().startsWith("ns")) {
      return false;
    }
    return !forms.stream().allMatch(form -> form.place().kind() == Place.Kind.COUNTY)
        || HanLpLexicon.usualNature(word.word()).filter(nature -> nature.startsWith("ns")).isPresent();
  }

  private static boolean followedByAnchor(String text, int end) {
    for (String follower : ANCHOR_FOLLOWERS) {
      if (text.startsWith(follower, end)) {
        return true;
      }
    }
    return false;
  }
}
