package gongbao.ingest.extract.region;

import gongbao.ingest.article.RegionMention;
import gongbao.ingest.article.RegionMention.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gives an article its regions, with roles kept apart:
 *
 * <ul>
 *   <li>{@code published}: the paper's own region;
 *   <li>{@code dateline}: the place of a dateline such as 新华社北京10月19日电 or 本报杭州5月3日讯;
 *   <li>{@code about}: where the story happens: the places of the headline group, of the first body
 *       paragraph (or, when neither names one, the first place the body names in full), and any
 *       place named at least twice in the body. Only the most specific units are kept (慈溪市, not also
 *       浙江省 and 宁波市, since the path carries them).
 * </ul>
 */
public final class RegionRoles {

  private static final Pattern DATELINE =
      Pattern.compile("^(?:本报|本刊|新华社|中新社|人民网|新华网)?[\\p{IsHan}]{2,12}?\\d{1,2}月\\d{1,2}日(?:电|讯)");
  private static final int BODY_REPEATS = 2;

  private final RegionGazetteer gazetteer;

  public RegionRoles(RegionGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @param heading places of the headline group
   * @param body places of the body
   * @param dateline places of the dateline the splitter took off the body, if any
   * @param bodyText the body, one paragraph a line (it may still begin with its dateline)
   */
  public List<RegionMention> regions(List<PlaceMatch> heading, List<PlaceMatch> body, List<PlaceMatch> dateline,
      String bodyText, @Nullable String paperRegion) {
    List<RegionMention> regions = new ArrayList<>();
    if (paperRegion != null && gazetteer.byCode(paperRegion).isPresent()) {
      regions.add(mention(paperRegion, Role.PUBLISHED));
    }
    Matcher datelineInBody = DATELINE.matcher(bodyText);
    int datelineEnd = datelineInBody.find() ? datelineInBody.end() : 0;
    Set<String> datelineCodes = new LinkedHashSet<>();
    for (PlaceMatch match : dateline) {
      datelineCodes.add(match.place().regionCode());
    }
    for (PlaceMatch match : body) {
      if (match.end() <= datelineEnd) {
        datelineCodes.add(match.place().regionCode());
      }
    }
    for (String code : mostSpecific(datelineCodes)) {
      regions.add(mention(code, Role.DATELINE));
    }
    for (String code : mostSpecific(aboutCodes(heading, body, bodyText, datelineEnd))) {
      regions.add(mention(code, Role.ABOUT));
    }
    return regions;
  }

  private static Set<String> aboutCodes(
      List<PlaceMatch> heading, List<PlaceMatch> body, String bodyText, int datelineEnd) {
    Set<String> codes = new LinkedHashSet<>();
    for (PlaceMatch match : heading) {
      codes.add(match.place().regionCode());
    }
    int leadEnd = lineEnd(bodyText, firstTextStart(bodyText));
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<PlaceMatch> afterDateline = body.stream().filter(match -> match.end() > datelineEnd).toList();
    for (PlaceMatch match : afterDateline) {
      String code = match.place().regionCode();
      if (match.start() < leadEnd) {
        codes.add(code);
      }
      counts.merge(code, 1, Integer::sum);
    }
    if (codes.isEmpty()) {
      codes.addAll(firstPlaceInFull(afterDateline));
    }
    counts.forEach((code, count) -> {
      if (count >= BODY_REPEATS) {
        codes.add(code);
      }
    });
    return codes;
  }

  /** Where the first paragraph that holds text starts: a photo's captions follow an empty body. */
  private static int firstTextStart(String bodyText) {
    int start = 0;
    while (start < bodyText.length() && bodyText.charAt(start) == '\n') {
      start++;
    }
    return start;
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  /**
   * The first place written in full, with the places written on after it (江苏省南京市鼓楼区): where neither
   * headline nor lead names a place, the scene the story then sets (全国总工会获悉… 在江苏省南京市鼓楼区…). A
   * short form there is as often a company or a school (杭州的两家数据公司), and a later list is no scene.
   */
  private static List<String> firstPlaceInFull(List<PlaceMatch> places) {
    List<String> codes = new ArrayList<>();
    PlaceMatch previous = null;
    for (PlaceMatch match : places) {
      if (previous == null ? match.fullName() : match.start() == previous.end()) {
        codes.add(match.place().regionCode());
        previous = match;
      } else if (previous != null) {
        break;
      }
    }
    return codes;
  }

  /** The codes without those that lie above another of them. */
  private List<String> mostSpecific(Set<String> codes) {
    List<String> kept = new ArrayList<>();
    for (String code : codes) {
      boolean above = false;
      for (String other : codes) {
        if (!other.equals(code) && gazetteer.contains(code, other)) {
          above = true;
          break;
        }
      }
      if (!above) {
        kept.add(code);
      }
    }
    return kept;
  }

  private RegionMention mention(String code, Role role) {
    return new RegionMention(code, gazetteer.path(code), role);
  }
}
