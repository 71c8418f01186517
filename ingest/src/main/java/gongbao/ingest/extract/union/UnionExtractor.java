package gongbao.ingest.extract.union;

import gongbao.ingest.article.UnionMention;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.extract.region.Place;
import gongbao.ingest.extract.region.PlaceMatch;
import gongbao.ingest.extract.region.RegionGazetteer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The union organisations of an article, each once under its canonical name. A unit word (区总, 县总工会,
 * 区教育工会) stands for the article's own unit of that kind: the one named most often in the article,
 * or else the paper's. A name without an anchor of its own (瓶窑镇总工会 after 杭州市余杭区瓶窑镇总工会) is
 * the organisation named in full elsewhere in the article, and a shorter name that ends a longer one
 * (嵊州市供电公司工会, 国网浙江省电力有限公司嵊州市供电公司工会) is read as the longer.
 */
public final class UnionExtractor {

  private static final int MIN_MERGE_CHARS = 5;

  private final RegionGazetteer gazetteer;
  private final UnionFinder finder;

  public UnionExtractor(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new UnionFinder(new UnionNames(gazetteer));
  }

  /** The unions named in one text, each where it is written; names without an anchor are left out. */
  public List<UnionMatch> find(SegmentedText text, List<PlaceMatch> places, @Nullable String paperRegion) {
    List<UnionMatch> matches = new ArrayList<>();
    for (UnionFinder.Found found : finder.find(text, places, ownRegion(List.of(places), 0, paperRegion))) {
      if (found.union() != null) {
        matches.add(new UnionMatch(found.start(), found.end(), found.written(), found.union()));
      }
    }
    return matches;
  }

  /** The unions of an article's texts (headline group, body), in order of first mention. */
  public List<UnionMention> unions(
      List<SegmentedText> texts, List<List<PlaceMatch>> places, @Nullable String paperRegion) {
    List<UnionFinder.Found> found = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      found.addAll(finder.find(texts.get(i), places.get(i), ownRegion(places, i, paperRegion)));
    }
    Map<String, UnionMention> byName = new LinkedHashMap<>();
    for (UnionFinder.Found name : found) {
      UnionMention union = name.union() != null ? name.union() : namedInFull(name.written(), found);
      if (union != null) {
        byName.putIfAbsent(union.name(), union);
      }
    }
    List<UnionMention> unions = new ArrayList<>();
    for (UnionMention union : byName.values()) {
      UnionMention longer = longerName(union, byName.values());
      if (!unions.contains(longer)) {
        unions.add(longer);
      }
    }
    return unions;
  }

  private static @Nullable UnionMention namedInFull(String written, List<UnionFinder.Found> found) {
    for (UnionFinder.Found other : found) {
      UnionMention union = other.union();
      if (union != null && (other.written().endsWith(written) || union.name().endsWith(written))) {
        return union;
      }
    }
    return null;
  }

  private static UnionMention longerName(UnionMention union, Iterable<UnionMention> all) {
    for (UnionMention other : all) {
      if (union.name().length() >= MIN_MERGE_CHARS
          && other.name().length() > union.name().length()
          && other.name().endsWith(union.name())) {
        return other;
      }
    }
    return union;
  }

  /**
   * For a unit word (省 市 县 区 州) at an offset of text {@code index}: the unit of that kind named last
   * before it in that text, else the one named most often in the article (first on ties), else the
   * paper's.
   */
  private UnionFinder.OwnRegion ownRegion(List<List<PlaceMatch>> places, int index, @Nullable String paperRegion) {
    Map<Place, Integer> counts = new LinkedHashMap<>();
    for (List<PlaceMatch> text : places) {
      for (PlaceMatch match : text) {
        counts.merge(match.place(), 1, Integer::sum);
      }
    }
    if (paperRegion != null) {
      for (Place place : gazetteer.chain(paperRegion)) {
        counts.putIfAbsent(place, 0);
      }
    }
    List<PlaceMatch> own = places.get(index);
    return (unit, offset) -> {
      Place nearest = null;
      for (PlaceMatch match : own) {
        if (match.end() <= offset && isUnitOf(match.place(), unit)) {
          nearest = match.place();
        }
      }
      if (nearest != null) {
        return nearest;
      }
      Place best = null;
      int bestCount = -1;
      for (Map.Entry<Place, Integer> entry : counts.entrySet()) {
        if (isUnitOf(entry.getKey(), unit) && entry.getValue() > bestCount) {
          best = entry.getKey();
          bestCount = entry.getValue();
        }
      }
      return best;
    };
  }

  private static boolean isUnitOf(Place place, char unit) {
    String name = place.name();
    return switch (unit) {
      case '省' -> place.kind() == Place.Kind.PROVINCE && name.endsWith("省");
      case '市' -> place.kind() != Place.Kind.ZONE && name.endsWith("市");
      case '县' -> name.endsWith("县");
      case '区' -> (place.kind() == Place.Kind.COUNTY || place.kind() == Place.Kind.ZONE) && name.endsWith("区");
      case '州' -> place.kind() == Place.Kind.CITY && name.endsWith("州");
      default -> false;
    };
  }
}
