package gongbao.search.query;

import java.util.List;

/** The parsed form of a query string. */
public sealed interface QueryNode {

  /** An unquoted word: matched by words, backed by characters. */
  record Word(String text) implements QueryNode {}

  /** A quoted phrase: matched exactly, character by character. */
  record Phrase(String text) implements QueryNode {}

  /** {@code field:value}, where value is a word, a phrase or a group. */
  record Fielded(SearchField field, QueryNode value) implements QueryNode {}

  /** {@code -x}: excludes matches of x. */
  record Not(QueryNode node) implements QueryNode {}

  /** All of the clauses. */
  record And(List<QueryNode> clauses) implements QueryNode {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  /** Any of the clauses. */
  record Or(List<QueryNode> clauses) implements QueryNode {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }
}
