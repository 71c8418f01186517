package gongbao.ingest.extract.region;

import gongbao.ingest.analysis.SegmentedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the gazetteer's places in segmented texts, longest form first.
 *
 * <p>The forms that may name a place come from {@link PlaceCandidates}. A full name is taken as written. A short
 * form (or a two-character full name such as 城区) is easily an ordinary word, so it must either be tagged as a
 * place ({@code ns}; for a county only if HanLP's dictionary mostly knows the word as one), be followed by a
 * union word (江山工会, 沙坪坝区总), or be related to a place the text names with another form or to the paper's
 * own region (a 浙江 page: 江山 is 浙江省衢州市江山市). A county named by two characters needs that relation or a
 * union word even when tagged (南海, 太湖, 岐山 of 王岐山 stand alone as a sea, a lake and a name), and where the
 * form is mostly an ordinary word or also names a province, a province named in the text is not relation
 * enough ({@link #isRelated}). A form that names several places (吉林: the province or the city) is read as the
 * one related to the other places of the text or to the paper's region, else as the higher level.
 */
public final class PlaceFinder {

  private final RegionGazetteer gazetteer;
  private final PlaceCandidates candidates;

  public PlaceFinder(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.candidates = new PlaceCandidates(gazetteer);
  }

  /** The places of each text (same order as {@code texts}), read together as one context. */
  public List<List<PlaceMatch>> find(List<SegmentedText> texts, @Nullable String paperRegion) {
    return find(texts, paperRegion, List.of());
  }

  /**
   * As {@link #find(List, String)}, leaving out forms written inside the names of the text's persons (来凤 of
   * 陈来凤, 瑞安 of 瑞安·文森特 is no place, nor evidence for another).
   */
  public List<List<PlaceMatch>> find(List<SegmentedText> texts, @Nullable String paperRegion,
      Collection<String> persons) {
    List<PlaceCandidate> found = candidates.collect(texts, persons);
    PlaceContext context = context(found, paperRegion);
    List<List<PlaceMatch>> result = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      result.add(new ArrayList<>());
    }
    for (PlaceCandidate candidate : found) {
      RegionGazetteer.Form chosen = choose(candidate, context);
      if (chosen != null) {
        result.get(candidate.text())
            .add(new PlaceMatch(candidate.start(), candidate.end(), chosen.place(), chosen.fullName()));
      }
    }
    return result;
  }

  /**
   * The paper's region and the places named confidently: first the forms that name one place, then the
   * readings these give to forms that name several (西安 is 西安市 rather than 辽源's 西安区, so 华阴 in the same
   * text is related to 陕西), and the short forms written right after their province or city (浙江江山: 江山
   * is 浙江's wherever the text writes it).
   */
  private PlaceContext context(List<PlaceCandidate> candidates, @Nullable String paperRegion) {
    PlaceContext unambiguous = PlaceContext.ofPaper(gazetteer, paperRegion);
    for (PlaceCandidate candidate : candidates) {
      if (candidate.confident() && candidate.forms().size() == 1) {
        unambiguous.add(candidate.forms().get(0).place().regionCode(), candidate.form());
      }
    }
    PlaceContext context = unambiguous.copy();
    for (PlaceCandidate candidate : candidates) {
      RegionGazetteer.Form chosen = candidate.confident() ? choose(candidate, unambiguous) : null;
      if (chosen != null) {
        context.add(chosen.place().regionCode(), candidate.form());
      }
    }
    for (PlaceCandidate candidate : candidates) {
      PlaceCandidate before = candidate.before();
      for (RegionGazetteer.Form form : candidate.forms()) {
        if (before != null && writtenAfterItsRegion(candidate, form.place())) {
          context.add(form.place().regionCode(), before.form());
        }
      }
    }
    return context;
  }

  /** The places of one text. */
  public List<PlaceMatch> find(SegmentedText text, @Nullable String paperRegion) {
    return find(List.of(text), paperRegion).get(0);
  }

  /**
   * The reading of a candidate related to the context, else (if the candidate is confident) its highest
   * level; a county named by two characters is taken only if related or followed by a union word (the
   * segmenter's place tag alone made 南海 a district of 佛山, 太湖 a county of 安徽 and 岐山 of 王岐山 a county).
   */
  private static RegionGazetteer.@Nullable Form choose(PlaceCandidate candidate, PlaceContext context) {
    boolean provinceReading =
        candidate.forms().stream().anyMatch(form -> form.place().kind() == Place.Kind.PROVINCE);
    RegionGazetteer.Form best = null;
    int bestScore = Integer.MIN_VALUE;
    for (RegionGazetteer.Form form : candidate.forms()) {
      Place place = form.place();
      boolean related = isRelated(candidate, place, provinceReading, context);
      boolean alone = candidate.confident() && (candidate.anchored() || !isTwoCharacterCounty(candidate, place));
      if (!related && !alone) {
        continue;
      }
      int score = (related ? 10 : 0) - place.kind().ordinal();
      if (score > bestScore) {
        best = form;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * True if the place is a county named by two characters other than its full name (南海, 东湖, 岐山 of 王岐山,
   * 城区, 老城区): such a form is as often a sea, a lake, a person, or an ordinary word. A short form of three
   * characters (井冈山, 绥芬河) is rarely anything else.
   */
  private static boolean isTwoCharacterCounty(PlaceCandidate candidate, Place place) {
    return place.kind() == Place.Kind.COUNTY && !candidate.isWrittenInFull()
        && (candidate.form().length() < 3 || !candidate.isShortForm());
  }

  /**
   * True if the place is related to the paper's region or to a place the text names with another form. A
   * province named is weak evidence for a reading below it. Where one reading is a province, another is
   * related only through a unit below the province: 河南 beside 青海 is the province, not 青海's 河南县; 河北
   * beside 天津 is not 天津's 河北区. A county's short form that is mostly an ordinary word is related only
   * through its city, a municipality, or itself written right after its province or city (浙江江山, then 江山
   * on its own): 河北 named does not make 运河 or 复兴 a district, nor 广西 named 资源 a county; 天津 named does
   * make 西青 its district, and 陕西 named 华阴 its city.
   */
  private static boolean isRelated(
      PlaceCandidate candidate, Place place, boolean provinceReading, PlaceContext context) {
    if (place.kind() != Place.Kind.PROVINCE && provinceReading) {
      return context.relates(place, candidate.form(), PlaceContext.Through.BELOW_PROVINCE);
    }
    if (place.kind() == Place.Kind.COUNTY && !candidate.isWrittenInFull()) {
      return context.relates(place, candidate.form(), throughForCounty(candidate));
    }
    return context.relates(place, null, PlaceContext.Through.ANY_UNIT);
  }

  private static PlaceContext.Through throughForCounty(PlaceCandidate candidate) {
    return switch (candidate.wording()) {
      case PLACE_NAME -> PlaceContext.Through.ANY_UNIT;
      case RARE_WORD -> PlaceContext.Through.BELOW_PROVINCE_OR_MUNICIPALITY;
      case COMMON_WORD -> PlaceContext.Through.THE_COUNTY_ITSELF;
    };
  }

  /**
   * True if the place's form is written right after its province or city: 浙江江山, 北京朝阳. A common word only after
   * its city or municipality: 湖北公安 is the province's police, 广东新兴产业 no county.
   */
  private boolean writtenAfterItsRegion(PlaceCandidate candidate, Place place) {
    PlaceCandidate before = candidate.before();
    if (before == null) {
      return false;
    }
    List<Place> chain = gazetteer.chain(place.regionCode());
    boolean provinceCounts = candidate.wording() != PlaceCandidate.Wording.COMMON_WORD;
    return before.forms().stream().map(RegionGazetteer.Form::place).anyMatch(region -> chain.contains(region)
        && region != place && (provinceCounts || region.kind() == Place.Kind.CITY || region.name().endsWith("市")));
  }
}
