package gongbao.ingest.extract.keyword;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordGraphTest {

  @Test
  void a_link_made_twice_or_to_the_word_itself_counts_once_or_not_at_all() {
    WordGraph once = new WordGraph(4);
    WordGraph repeated = new WordGraph(4);
    for (int leaf = 1; leaf < 4; leaf++) {
      once.link(0, leaf);
      repeated.link(0, leaf);
      repeated.link(leaf, 0);
      repeated.link(leaf, leaf);
    }
    assertArrayEquals(once.ranks(30, 0.85), repeated.ranks(30, 0.85));
  }

  @Test
  void the_centre_of_a_star_outranks_its_leaves_which_rank_alike() {
    WordGraph star = new WordGraph(4);
    for (int leaf = 1; leaf < 4; leaf++) {
      star.link(0, leaf);
    }
    double[] rank = star.ranks(30, 0.85);
    assertTrue(rank[0] > rank[1], () -> rank[0] + " vs " + rank[1]);
    assertEquals(rank[1], rank[2]);
    assertEquals(rank[2], rank[3]);
  }
}
