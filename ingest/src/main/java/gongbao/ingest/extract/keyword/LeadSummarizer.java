package gongbao.ingest.extract.keyword;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A short extractive summary: the lead of the story, whole sentences from its first paragraph, with the
 * dateline (本报讯（记者…）) taken off, up to a length. News is written lead first, so the lead is the
 * summary its writer gave it. It reads the text as printed (full-width punctuation, Latin letters in their case), not
 * the normalised form the analysis works on, since readers see it.
 */
public final class LeadSummarizer {

  private static final Pattern DATELINE = Pattern.compile(
      "^(?:本报讯|本刊讯|新华社[^,，。]{0,12}电|本报[^,，。]{0,8}电)?[\\s\u3000]*(?:[(（][^)）]{0,30}[)）])?[\\s\u3000]*"
          + "(?:(?:记者|通讯员)[\\p{IsHan}、\\s\u3000]{2,20}报道[\\s\u3000]*)?");

  /** A pause after a site's dateline: {@code 证券时报e公司讯，当升科技…}. */
  private static final Pattern AFTER_DATELINE = Pattern.compile("^[\\s\u3000]*[，,：:]?");

  private final int maxChars;

  public LeadSummarizer(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * The summary of a body whose lead may open with {@code dateline} (a site's {@code 新京报快讯}, {@code
   * IT之家9月30日消息}), taken off with the reporters in brackets after it and the pause that may follow it; the printed
   * datelines the pattern knows ({@code 本报讯（记者…）}) are taken off whether found or not.
   */
  public @Nullable String summary(String body, @Nullable String dateline) {
    String text = body.strip();
    int paragraphEnd = text.indexOf('\n');
    String lead = paragraphEnd < 0 ? text : text.substring(0, paragraphEnd);
    if (dateline != null && lead.startsWith(dateline)) {
      lead = AFTER_DATELINE.matcher(lead.substring(dateline.length())).replaceFirst("");
    }
    lead = DATELINE.matcher(lead).replaceFirst("").strip();
    if (lead.isEmpty()) {
      return null;
    }
    StringBuilder summary = new StringBuilder();
    int sentenceStart = 0;
    for (int i = 0; i < lead.length(); i++) {
      char c = lead.charAt(i);
      if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
        if (summary.length() + i + 1 - sentenceStart > maxChars && !summary.isEmpty()) {
          break;
        }
        summary.append(lead, sentenceStart, i + 1);
        sentenceStart = i + 1;
      }
    }
    if (summary.isEmpty()) {
      summary.append(lead);
    }
    if (summary.length() > maxChars) {
      summary.setLength(maxChars);
      summary.append('…');
    }
    return summary.toString();
  }
}
