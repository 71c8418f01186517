package gongbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CursorTest {

  private static final FieldDoc LAST = new FieldDoc(7, Float.NaN, new Object[] {19_800L});

  @Test
  void a_token_reads_back_as_the_position_it_was_made_of() {
    String token = Cursor.encode(SortOrder.NEWEST, LAST, "grrb:2024-05-01:01:12");

    FieldDoc position = Cursor.decode(SortOrder.NEWEST, token, 100);

    assertArrayEquals(new Object[] {19_800L, new BytesRef("grrb:2024-05-01:01:12")}, position.fields);
  }

  @Test
  void a_token_cut_short_is_refused() {
    String token = Cursor.encode(SortOrder.NEWEST, LAST, "grrb:2024-05-01:01:12");
    for (int cut = 1; cut <= 4; cut++) {
      String shorter = token.substring(0, token.length() - cut);
      assertThrows(BadRequestException.class, () -> Cursor.decode(SortOrder.NEWEST, shorter, 100), shorter);
    }
  }
}
