package gongbao.ingest.extract.region;

import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the gazetteer's places in segmented texts, longest form first.
 *
 * <p>A full name of three or more characters is taken as written. A short form (or a two-character full
 * name such as 城区) is easily an ordinary word, so it must coincide with word boundaries of the
 * segmentation and then either be tagged as a place ({@code ns}), be followed by a unit or union word
 * (慈溪市, 江山工会, 沙坪坝区总), or be related to a place already found or to the paper's own region (a
 * 浙江 page: 江山 is 浙江省衢州市江山市). A form that names several places (吉林: the province or the
 * city) is read as the one related to the other places of the text or to the paper's region, else as
 * the higher level.
 */
public final class PlaceFinder {

  private static final String[] LOCALITIES = {"街道", "镇", "乡", "村", "路", "街", "社区", "大道", "小区", "公园", "广场", "站"};
  private static final String[] ANCHOR_FOLLOWERS = {"总工会", "工会"};

  private final RegionGazetteer gazetteer;

  public PlaceFinder(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private record Candidate(int text, int start, int end, List<RegionGazetteer.Form> forms, boolean confident) {}

  /** The places of each text (same order as {@code texts}), read together as one context. */
  public List<List<PlaceMatch>> find(List<SegmentedText> texts, @Nullable String paperRegion) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      collect(i, texts.get(i), candidates);
    }
    Set<String> context = new HashSet<>();
    if (paperRegion != null) {
      addWithAncestors(paperRegion, context);
    }
    for (Candidate candidate : candidates) {
      if (candidate.confident() && candidate.forms().size() == 1) {
        addWithAncestors(candidate.forms().get(0).place().regionCode(), context);
      }
    }
    List<List<PlaceMatch>> result = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      result.add(new ArrayList<>());
    }
    for (Candidate candidate : candidates) {
      RegionGazetteer.Form chosen = choose(candidate, context);
      if (chosen != null) {
        result.get(candidate.text())
            .add(new PlaceMatch(candidate.start(), candidate.end(), chosen.place(), chosen.fullName()));
      }
    }
    return result;
  }

  /** The places of one text. */
  public List<PlaceMatch> find(SegmentedText text, @Nullable String paperRegion) {
    return find(List.of(text), paperRegion).get(0);
  }

  private void collect(int index, SegmentedText segmented, List<Candidate> out) {
    String text = segmented.text();
    int position = 0;
    while (position < text.length()) {
      Candidate found = null;
      for (int length : gazetteer.formLengthsAt(text, position)) {
        if (length >= 2 && found == null) {
          List<RegionGazetteer.Form> forms = gazetteer.lookup(text.substring(position, position + length));
          found = admit(index, segmented, position, position + length, forms);
        }
      }
      if (found != null) {
        out.add(found);
        position = found.end();
      } else {
        position++;
      }
    }
  }

  private @Nullable Candidate admit(
      int index, SegmentedText segmented, int start, int end, List<RegionGazetteer.Form> forms) {
    boolean full = forms.stream().anyMatch(RegionGazetteer.Form::fullName);
    if (full && end - start >= 3) {
      List<RegionGazetteer.Form> fullForms = forms.stream().filter(RegionGazetteer.Form::fullName).toList();
      return new Candidate(index, start, end, fullForms, true);
    }
    if (!segmented.isBoundary(start) || !segmented.isBoundary(end) || followedByLocality(segmented.text(), end)) {
      return null;
    }
    return new Candidate(index, start, end, forms, taggedAsPlace(segmented, start, end)
        || followedByAnchor(segmented.text(), end));
  }

  private static boolean taggedAsPlace(SegmentedText segmented, int start, int end) {
    int token = segmented.tokenStartingAt(start);
    if (token < 0) {
      return false;
    }
    Token word = segmented.tokens().get(token);
    return word.end() == end && word.nature().startsWith("ns");
  }

  /** A short form before 街道, 镇, 路 … names a street or town of that name, not the county (阜城街道). */
  private static boolean followedByLocality(String text, int end) {
    for (String locality : LOCALITIES) {
      if (text.startsWith(locality, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedByAnchor(String text, int end) {
    for (String follower : ANCHOR_FOLLOWERS) {
      if (text.startsWith(follower, end)) {
        return true;
      }
    }
    return false;
  }

  private void addWithAncestors(String code, Set<String> codes) {
    for (Place place : gazetteer.chain(code)) {
      codes.add(place.id());
    }
  }

  private RegionGazetteer.@Nullable Form choose(Candidate candidate, Set<String> context) {
    RegionGazetteer.Form best = null;
    int bestScore = Integer.MIN_VALUE;
    for (RegionGazetteer.Form form : candidate.forms()) {
      boolean related = isRelated(form.place(), context);
      if (!candidate.confident() && !related) {
        continue;
      }
      int score = (related ? 10 : 0) - form.place().kind().ordinal();
      if (score > bestScore) {
        best = form;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * True if the place lies above or below a place of the context: {@code context} holds the codes of
   * the confident places and of the paper's region with all their ancestors.
   */
  private boolean isRelated(Place place, Set<String> context) {
    for (Place unit : gazetteer.chain(place.regionCode())) {
      if (context.contains(unit.id())) {
        return true;
      }
    }
    return false;
  }

}
