package gongbao.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Where a page of results ended, as an opaque token: the sort values of its last hit. Because ties
 * are broken by the unique article id, the next page starts exactly after it, however deep. The token opens with a
 * checksum of the rest, so that a token cut short (a truncated link) is refused rather than read as another position.
 */
final class Cursor {

  private Cursor() {}

  /** The token for a page whose last hit is {@code last}, the article {@code id}. */
  static String encode(SortOrder sort, FieldDoc last, String id) {
    String value = sort == SortOrder.RELEVANCE ? Float.toString((Float) last.fields[0]) : Long.toString((Long) last.fields[0]);
    String position = sort.name().charAt(0) + "|" + value + "|" + id;
    String plain = checksum(position) + "|" + position;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position to search after in a reader of {@code maxDoc} documents; a token that is malformed or from another
   * sort order is refused. Its document number is the reader's last, which Lucene accepts whatever the index now
   * holds: a hit whose sort values equal the token's is the token's own (ids are unique) and is skipped as shown.
   */
  static FieldDoc decode(SortOrder sort, String token, int maxDoc) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("cursor is not one this server issued");
    }
    int bar = plain.indexOf('|');
    String position = plain.substring(bar + 1);
    if (bar < 0 || !plain.substring(0, bar).equals(checksum(position))) {
      throw new BadRequestException("cursor is not one this server issued (cut short or altered)");
    }
    String[] parts = position.split("\\|", 3);
    if (parts.length != 3 || parts[0].length() != 1 || parts[0].charAt(0) != sort.name().charAt(0)) {
      throw new BadRequestException("cursor is not one this server issued for sort=" + sort.name().toLowerCase(java.util.Locale.ROOT));
    }
    try {
      Object value = sort == SortOrder.RELEVANCE ? (Object) Float.parseFloat(parts[1]) : (Object) Long.parseLong(parts[1]);
      return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {value, new BytesRef(parts[2])});
    } catch (NumberFormatException e) {
      throw new BadRequestException("cursor is not one this server issued");
    }
  }

  private static String checksum(String position) {
    CRC32 crc = new CRC32();
    crc.update(position.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }
}
