package gongbao.search.api;

import java.util.List;

/** Other printings of the same story (same reprint cluster), and articles on similar subjects. */
public record RelatedResponse(String id, List<SearchHit> reprints, List<SearchHit> related) {

  public RelatedResponse {
    reprints = List.copyOf(reprints);
    related = List.copyOf(related);
  }
}
