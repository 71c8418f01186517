package gongbao.search.query;

import gongbao.ingest.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the query syntax of DESIGN §7: words are ANDed; {@code "…"} is an exact phrase; {@code -x}
 * excludes; {@code OR} between clauses; {@code title:} {@code byline:} {@code paper:} {@code kind:}
 * {@code region:} {@code union:} {@code topic:} {@code person:} name a field; parentheses group.
 * Chinese quotation marks {@code “…”} and full-width brackets and colons are accepted too. Malformed
 * input raises {@link QuerySyntaxException} naming the problem and its position.
 */
public final class QueryParser {

  /** Longest query string accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 1000;
  /** Most words and phrases a query may hold. */
  public static final int MAX_CLAUSES = 64;
  private static final int MAX_DEPTH = 16;

  private final String text;
  private int pos;
  private int clauses;

  private QueryParser(String text) {
    this.text = text;
  }

  /** The parsed query; empty or blank input is an error. */
  public static QueryNode parse(String query) {
    if (query.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException(
          "query is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
    }
    QueryParser parser = new QueryParser(canonical(query));
    parser.skipSpace();
    if (parser.atEnd()) {
      throw new QuerySyntaxException("query is empty");
    }
    QueryNode node = parser.orExpression(0);
    parser.skipSpace();
    if (!parser.atEnd()) {
      throw parser.error("unexpected ')'");
    }
    return node;
  }

  /** Full-width forms to ASCII, Chinese quotation marks to {@code "}; length is kept. */
  private static String canonical(String query) {
    char[] chars = query.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '“' || c == '”' || c == '＂') {
        chars[i] = '"';
      } else if (c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000') {
        chars[i] = TextNormalizer.normalize(c);
      } else if (Character.isISOControl(c)) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  private QueryNode orExpression(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("parentheses nested deeper than " + MAX_DEPTH);
    }
    List<QueryNode> alternatives = new ArrayList<>();
    alternatives.add(andExpression(depth));
    while (skipSpace() && atKeywordOr()) {
      pos += 2;
      skipSpace();
      if (atEnd() || peek() == ')' || atKeywordOr()) {
        throw error("OR needs a clause on both sides");
      }
      alternatives.add(andExpression(depth));
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Or(alternatives);
  }

  private QueryNode andExpression(int depth) {
    if (atKeywordOr()) {
      throw error("OR needs a clause on both sides");
    }
    List<QueryNode> all = new ArrayList<>();
    while (skipSpace() && !atEnd() && peek() != ')' && !atKeywordOr()) {
      all.add(unary(depth));
    }
    if (all.isEmpty()) {
      throw error(atEnd() ? "expected a search term" : "empty parentheses");
    }
    if (all.stream().allMatch(n -> n instanceof QueryNode.Not)) {
      throw error("a query cannot only exclude: add a word to search for");
    }
    return all.size() == 1 ? all.get(0) : new QueryNode.And(all);
  }

  private QueryNode unary(int depth) {
    if (peek() == '-') {
      pos++;
      if (atEnd() || Character.isWhitespace(peek()) || peek() == ')') {
        throw error("'-' must be followed by the word or phrase to exclude");
      }
      return new QueryNode.Not(primary(depth));
    }
    return primary(depth);
  }

  private QueryNode primary(int depth) {
    char c = peek();
    if (c == '(') {
      int open = pos++;
      QueryNode inner = orExpression(depth + 1);
      skipSpace();
      if (atEnd() || peek() != ')') {
        throw new QuerySyntaxException("unbalanced parenthesis: '(' at position " + (open + 1) + " is never closed");
      }
      pos++;
      return inner;
    }
    if (c == '"') {
      return phrase();
    }
    int fieldEnd = fieldNameEnd();
    if (fieldEnd > 0) {
      String name = text.substring(pos, fieldEnd);
      SearchField field =
          SearchField.byId(name)
              .orElseThrow(() -> error("unknown field '" + name + ":' (fields: " + SearchField.allIds() + ")"));
      pos = fieldEnd + 1;
      if (atEnd() || Character.isWhitespace(peek()) || peek() == ')') {
        throw error("'" + name + ":' must be followed by a value");
      }
      if (peek() == '-') {
        throw error("write '-" + name + ":value' to exclude, not '" + name + ":-value'");
      }
      return new QueryNode.Fielded(field, primary(depth));
    }
    return word();
  }

  /** The end of {@code name} when the input continues with {@code name:}, else -1. */
  private int fieldNameEnd() {
    int i = pos;
    while (i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
      i++;
    }
    return i > pos && i < text.length() && text.charAt(i) == ':' ? i : -1;
  }

  private QueryNode phrase() {
    int open = pos++;
    int close = text.indexOf('"', pos);
    if (close < 0) {
      throw new QuerySyntaxException("unbalanced quote: '\"' at position " + (open + 1) + " is never closed");
    }
    String content = text.substring(pos, close).strip();
    pos = close + 1;
    if (content.isEmpty()) {
      throw new QuerySyntaxException("empty phrase \"\" at position " + (open + 1));
    }
    countClause();
    return new QueryNode.Phrase(content);
  }

  private QueryNode word() {
    int start = pos;
    while (!atEnd() && !Character.isWhitespace(peek()) && "()\"".indexOf(peek()) < 0) {
      pos++;
    }
    if (pos == start) {
      throw error("unexpected '" + peek() + "'");
    }
    countClause();
    return new QueryNode.Word(text.substring(start, pos));
  }

  private void countClause() {
    if (++clauses > MAX_CLAUSES) {
      throw new QuerySyntaxException("query has more than " + MAX_CLAUSES + " words and phrases");
    }
  }

  private boolean atKeywordOr() {
    return text.startsWith("OR", pos)
        && (pos + 2 == text.length() || Character.isWhitespace(text.charAt(pos + 2)) || text.charAt(pos + 2) == '(' || text.charAt(pos + 2) == '"');
  }

  /** Skips whitespace; always true, so it can lead a condition. */
  private boolean skipSpace() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
    return true;
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private QuerySyntaxException error(String problem) {
    return new QuerySyntaxException(problem + " at position " + (pos + 1));
  }
}
