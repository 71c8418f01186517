package gongbao.ingest.extract.region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a text and its paper say about where it is, for reading a form that is not confident or names several
 * places: the paper's region with the units above it, and each unit a form of the text names, or names a unit
 * under, with those forms (江山 names 江山市, 衢州市 and 浙江省).
 */
final class PlaceContext {

  /** Which units of a place's chain may relate it to the context. */
  enum Through {
    /** Any unit, the province included. */
    ANY_UNIT,
    /** A city or county, not the province: a province named is weak evidence for a county. */
    BELOW_PROVINCE,
    /** As {@link #BELOW_PROVINCE}, but a municipality (北京市, 天津市) counts: its districts are a city's. */
    BELOW_PROVINCE_OR_MUNICIPALITY,
    /** The county itself, named by another form: its full name, or its city written right before it (衢州江山). */
    THE_COUNTY_ITSELF
  }

  private final RegionGazetteer gazetteer;
  private final Set<String> paper = new HashSet<>();
  private final Map<String, Set<String>> named = new HashMap<>();

  private PlaceContext(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  static PlaceContext ofPaper(RegionGazetteer gazetteer, @Nullable String paperRegion) {
    PlaceContext context = new PlaceContext(gazetteer);
    if (paperRegion != null) {
      for (Place unit : gazetteer.chain(paperRegion)) {
        context.paper.add(unit.id());
      }
    }
    return context;
  }

  PlaceContext copy() {
    PlaceContext copy = new PlaceContext(gazetteer);
    copy.paper.addAll(paper);
    named.forEach((code, forms) -> copy.named.put(code, new HashSet<>(forms)));
    return copy;
  }

  /** Records that {@code form} names the division {@code code} (and so the units above it). */
  void add(String code, String form) {
    for (Place unit : gazetteer.chain(code)) {
      named.computeIfAbsent(unit.id(), id -> new HashSet<>()).add(form);
    }
  }

  /**
   * True if the place lies above or below the paper's region, or a unit of its chain that {@code through}
   * admits is named by a form other than {@code except} (a form is no evidence for itself).
   */
  boolean relates(Place place, @Nullable String except, Through through) {
    for (Place unit : gazetteer.chain(place.regionCode())) {
      if (paper.contains(unit.id()) || admits(through, unit) && namedOtherThan(unit.id(), except)) {
        return true;
      }
    }
    return false;
  }

  private boolean namedOtherThan(String code, @Nullable String except) {
    Set<String> forms = named.get(code);
    return forms != null && (except == null || forms.size() > 1 || !forms.contains(except));
  }

  private static boolean admits(Through through, Place unit) {
    return switch (through) {
      case ANY_UNIT -> true;
      case BELOW_PROVINCE -> unit.kind() != Place.Kind.PROVINCE;
      case BELOW_PROVINCE_OR_MUNICIPALITY -> unit.kind() != Place.Kind.PROVINCE || unit.name().endsWith("市");
      case THE_COUNTY_ITSELF -> unit.kind() == Place.Kind.COUNTY;
    };
  }
}
