package gongbao.ingest.extract.region;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A form of the gazetteer found in a text, with what the text shows of it ({@link PlaceCandidates}).
 *
 * @param text which of the texts read together
 * @param start offset of its first character
 * @param end offset after its last character
 * @param form the form as written
 * @param confident written in full, tagged as a place or followed by a union word
 * @param anchored followed by a union word (江山工会)
 * @param wording what else the form is as a word
 * @param before the form written right before this one (浙江 of 浙江江山), else null
 */
record PlaceCandidate(int text, int start, int end, String form, List<RegionGazetteer.Form> forms,
    boolean confident, boolean anchored, Wording wording, @Nullable PlaceCandidate before) {

  /** What else a form is as a word. */
  enum Wording {
    /** Nothing else: HanLP's dictionary knows it as a place name, or not at all (敦煌, 华阴). */
    PLACE_NAME,
    /** A word of another kind that HanLP's dictionary holds seldom (江山, 昆山), or a quarter of the compass and a sea,
     * lake, hill or river (南海, 东湖): as often that as the county. */
    RARE_WORD,
    /** A word of another kind held ten times or more in the dictionary's corpus (公安, 资源, 和平). */
    COMMON_WORD
  }

  private static final Pattern COMMON_NOUN_DISTRICT = Pattern.compile("(?:老城|新城|城|郊|矿|[东西南北中])区");

  PlaceCandidate after(PlaceCandidate previous) {
    return previous.text() == text && previous.end() == start
        ? new PlaceCandidate(text, start, end, form, forms, confident, anchored, wording, previous) : this;
  }

  boolean isShortForm() {
    return forms.stream().noneMatch(RegionGazetteer.Form::fullName);
  }

  /**
   * A county's full name of three or more characters, or of a character and 县 (邱县, 歙县), that is not a
   * common noun as well: the old town, the new town, a mining area (老城区, 新城区, 矿区, 城区) are as easily
   * ordinary words as a short form is.
   */
  boolean isWrittenInFull() {
    return !isShortForm() && (end - start >= 3 || form.endsWith("县"))
        && !COMMON_NOUN_DISTRICT.matcher(form).matches();
  }
}
