package gongbao.ingest.extract.region;

import gongbao.ingest.analysis.HanLpLexicon;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the gazetteer's places in segmented texts, longest form first.
 *
 * <p>A full name of three or more characters is taken as written. A short form (or a two-character full
 * name such as 城区) is easily an ordinary word, so it must coincide with word boundaries of the
 * segmentation, not be shown by the words around it to be something else ({@link ShortFormContext}: 北京方向,
 * 龙湖集团, 江汉西部), and then either be tagged as a place ({@code ns}; for a county only if HanLP's dictionary
 * mostly knows the word as one), be followed by a union word (江山工会, 沙坪坝区总), or be related to a place
 * named with confidence or to the paper's own region (a 浙江 page: 江山 is 浙江省衢州市江山市). A form that
 * names several places (吉林: the province or the city) is read as the one related to the other places of the
 * text or to the paper's region, else as the higher level.
 */
public final class PlaceFinder {

  private static final String[] ANCHOR_FOLLOWERS = {"总工会", "工会"};

  private final RegionGazetteer gazetteer;

  public PlaceFinder(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private record Candidate(int text, int start, int end, List<RegionGazetteer.Form> forms, boolean confident) {

    boolean isShortForm() {
      return forms.stream().noneMatch(RegionGazetteer.Form::fullName);
    }
  }

  /** The places of each text (same order as {@code texts}), read together as one context. */
  public List<List<PlaceMatch>> find(List<SegmentedText> texts, @Nullable String paperRegion) {
    List<Candidate> candidates = withoutOtherThings(texts, collect(texts));
    Set<String> context = context(candidates, paperRegion);
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

  /**
   * The codes, with their ancestors, of the paper's region and of the places named confidently: first of
   * the forms that name one place, then of the readings these give to forms that name several (西安 is
   * 西安市 rather than 辽源's 西安区, so 华阴 in the same text is related to 陕西).
   */
  private Set<String> context(List<Candidate> candidates, @Nullable String paperRegion) {
    Set<String> unambiguous = new HashSet<>();
    if (paperRegion != null) {
      addWithAncestors(paperRegion, unambiguous);
    }
    for (Candidate candidate : candidates) {
      if (candidate.confident() && candidate.forms().size() == 1) {
        addWithAncestors(candidate.forms().get(0).place().regionCode(), unambiguous);
      }
    }
    Set<String> context = new HashSet<>(unambiguous);
    for (Candidate candidate : candidates) {
      RegionGazetteer.Form chosen = candidate.confident() ? choose(candidate, unambiguous) : null;
      if (chosen != null) {
        addWithAncestors(chosen.place().regionCode(), context);
      }
    }
    return context;
  }

  /** The places of one text. */
  public List<PlaceMatch> find(SegmentedText text, @Nullable String paperRegion) {
    return find(List.of(text), paperRegion).get(0);
  }

  private List<Candidate> collect(List<SegmentedText> texts) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      collect(i, texts.get(i), candidates);
    }
    return candidates;
  }

  /**
   * Leaves out every short form of a county that the article once shows to be something else: a region of
   * the map (江汉 of 江汉西部) or a company (龙湖 of 龙湖集团).
   */
  private static List<Candidate> withoutOtherThings(List<SegmentedText> texts, List<Candidate> candidates) {
    Map<String, Boolean> otherThings = new HashMap<>();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : candidates) {
      String form = texts.get(candidate.text()).text().substring(candidate.start(), candidate.end());
      boolean other = candidate.isShortForm() && otherThings.computeIfAbsent(
          form, key -> ShortFormContext.namesOtherThing(key, candidate.forms(), texts));
      if (!other) {
        kept.add(candidate);
      }
    }
    return kept;
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
    if (!segmented.isBoundary(start) || !segmented.isBoundary(end)
        || ShortFormContext.isNoPlace(segmented, start, end)) {
      return null;
    }
    return new Candidate(index, start, end, forms,
        taggedAsPlace(segmented, start, end, forms) || followedByAnchor(segmented.text(), end));
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
