package gongbao.search.query;

import gongbao.ingest.analysis.IndexedCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the query syntax of DESIGN §7: words are ANDed; {@code "…"} is an exact phrase; {@code -x}
 * excludes; {@code OR} between clauses; {@code title:} {@code byline:} {@code paper:} {@code kind:}
 * {@code region:} {@code union:} {@code topic:} {@code person:} name a field; parentheses group.
 *
 * <p>What people paste and type with a Chinese input method is read as they mean it: {@code “…”} is a
 * phrase too (a title quoted inside it keeps its own {@code “…”}), and inside {@code "…"} Chinese
 * quotation marks are text; full-width letters, colons and {@code ＯＲ} are their ASCII forms; {@code AND}
 * is the default and {@code NOT x} is {@code -x}; field names may be in capitals; a full-width bracket
 * groups only where a term starts or inside such a group, so a pasted title's {@code 条例（试行）} is text;
 * a word of punctuation alone ({@code 》}) is no clause; zero-width characters are dropped. Malformed
 * input raises {@link QuerySyntaxException} naming the problem and its position.
 */
public final class QueryParser {

  /** Longest query string accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 1000;
  /** Most words and phrases a query may hold. */
  public static final int MAX_CLAUSES = 64;
  private static final int MAX_DEPTH = 16;
  private static final char FULL_WIDTH_OPEN = '（';
  private static final char FULL_WIDTH_CLOSE = '）';

  private final String text;
  private int pos;
  private int clauses;
  /** Groups open at the current position. */
  private int openGroups;
  /** A word left out because it has no letter or digit, for the message when nothing else is left. */
  private String leftOut;

  private QueryParser(String text) {
    this.text = text;
  }

  /** The parsed query; empty or blank input is an error. */
  public static QueryNode parse(String query) {
    if (query.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException(
          "query is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS,
          "检索式有 " + query.length() + " 个字符，最多 " + MAX_QUERY_CHARS + " 个");
    }
    QueryParser parser = new QueryParser(canonical(query));
    parser.skipSpace();
    if (parser.atEnd()) {
      throw new QuerySyntaxException("query is empty", "检索式是空的");
    }
    QueryNode node = parser.orExpression(0);
    parser.skipSpace();
    if (!parser.atEnd()) {
      throw parser.error("unexpected ')'", "多了一个右括号");
    }
    return node;
  }

  /**
   * Full-width forms to ASCII (case kept, so {@code ＯＲ} is {@code OR}) but for the brackets, which the
   * parser reads where they stand; control characters to spaces; zero-width characters dropped.
   */
  private static String canonical(String query) {
    StringBuilder canonical = new StringBuilder(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == FULL_WIDTH_OPEN || c == FULL_WIDTH_CLOSE) {
        canonical.append(c);
      } else if (c >= '\uFF01' && c <= '\uFF5E') {
        canonical.append((char) (c - 0xFEE0));
      } else if (c == '\u3000' || Character.isISOControl(c)) {
        canonical.append(' ');
      } else if (Character.getType(c) != Character.FORMAT) {
        canonical.append(c);
      }
    }
    return canonical.toString();
  }

  private QueryNode orExpression(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("parentheses nested deeper than " + MAX_DEPTH, "括号嵌套超过 " + MAX_DEPTH + " 层");
    }
    List<QueryNode> alternatives = new ArrayList<>();
    alternatives.add(andExpression(depth));
    while (skipSpace() && atKeyword("OR")) {
      pos += 2;
      skipSpace();
      if (atEnd() || atGroupClose() || atKeyword("OR")) {
        throw error("OR needs a clause on both sides", "OR 两边都要有检索词");
      }
      alternatives.add(andExpression(depth));
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Or(alternatives);
  }

  private QueryNode andExpression(int depth) {
    if (atKeyword("OR")) {
      throw error("OR needs a clause on both sides", "OR 两边都要有检索词");
    }
    List<QueryNode> all = new ArrayList<>();
    while (skipSpace() && !atEnd() && !atGroupClose() && !atKeyword("OR")) {
      if (atKeyword("AND")) {
        skipAnd(all.isEmpty());
        continue;
      }
      QueryNode clause = unary(depth);
      if (clause != null) {
        all.add(clause);
      }
    }
    if (all.isEmpty() && leftOut != null) {
      throw error("'" + leftOut + "' has no letters or digits to search for", "“" + leftOut + "”里没有可检索的文字或数字");
    }
    if (all.isEmpty()) {
      throw atEnd() ? error("expected a search term", "这里缺少检索词") : error("empty parentheses", "括号里是空的");
    }
    if (all.stream().allMatch(n -> n instanceof QueryNode.Not)) {
      throw error("a query cannot only exclude: add a word to search for", "检索式不能只有排除的词，请加上要找的词");
    }
    return all.size() == 1 ? all.get(0) : new QueryNode.And(all);
  }

  /** Steps over {@code AND}, the default, which must stand between two clauses. */
  private void skipAnd(boolean first) {
    pos += 3;
    skipSpace();
    if (first || atEnd() || atGroupClose() || atKeyword("OR") || atKeyword("AND")) {
      throw error("AND needs a clause on both sides", "AND 两边都要有检索词");
    }
  }

  /** A clause, or null for a word of punctuation alone (excluded or not). */
  private QueryNode unary(int depth) {
    boolean minus = peek() == '-';
    if (minus || atKeyword("NOT")) {
      String sign = minus ? "-" : "NOT";
      pos += sign.length();
      if (!minus) {
        skipSpace();
      }
      if (atEnd() || Character.isWhitespace(peek()) || atGroupClose()) {
        throw error("'" + sign + "' must be followed by the word or phrase to exclude", sign + " 后面要紧跟要排除的词");
      }
      QueryNode excluded = primary(depth);
      return excluded == null ? null : new QueryNode.Not(excluded);
    }
    return primary(depth);
  }

  private QueryNode primary(int depth) {
    char c = peek();
    if (c == '(' || c == FULL_WIDTH_OPEN) {
      return group(depth);
    }
    if (c == '"' || c == '“') {
      return phrase();
    }
    int fieldEnd = fieldNameEnd();
    if (fieldEnd > 0) {
      String name = text.substring(pos, fieldEnd).toLowerCase(Locale.ROOT);
      SearchField field =
          SearchField.byId(name)
              .orElseThrow(() -> error("unknown field '" + name + ":' (fields: " + SearchField.allIds(", ") + ")",
                  "没有“" + name + ":”这个字段（可用：" + SearchField.allIds("、") + "）"));
      pos = fieldEnd + 1;
      if (atEnd() || Character.isWhitespace(peek()) || atGroupClose()) {
        throw error("'" + name + ":' must be followed by a value", name + ": 后面要紧跟要找的值");
      }
      if (peek() == '-') {
        throw error("write '-" + name + ":value' to exclude, not '" + name + ":-value'",
            "排除要写成 -" + name + ":值，而不是 " + name + ":-值");
      }
      QueryNode value = primary(depth);
      if (value == null) {
        throw error("'" + name + ":' must be followed by a value with letters or digits", name + ": 后面的值里没有文字或数字");
      }
      return new QueryNode.Fielded(field, value);
    }
    return word();
  }

  private QueryNode group(int depth) {
    int open = pos++;
    openGroups++;
    QueryNode inner = orExpression(depth + 1);
    skipSpace();
    if (!atGroupClose()) {
      throw new QuerySyntaxException(
          "unbalanced parenthesis: '" + text.charAt(open) + "' at position " + (open + 1) + " is never closed",
          "第 " + (open + 1) + " 个字符处的括号没有闭合");
    }
    pos++;
    openGroups--;
    return inner;
  }

  /** The end of {@code name} when the input continues with {@code name:} (any case), else -1. */
  private int fieldNameEnd() {
    int i = pos;
    while (i < text.length() && isAsciiLetter(text.charAt(i))) {
      i++;
    }
    return i > pos && i < text.length() && text.charAt(i) == ':' ? i : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * A phrase: from {@code "} to the next {@code "}, or from {@code “} to its own {@code ”} (those nested in it counted)
   * or a {@code "}. Quotation marks inside are text, which the character fields ignore like all punctuation.
   */
  private QueryNode phrase() {
    int open = pos++;
    int close = closingQuote(text.charAt(open));
    if (close < 0) {
      throw new QuerySyntaxException(
          "unbalanced quote: '" + text.charAt(open) + "' at position " + (open + 1) + " is never closed",
          "第 " + (open + 1) + " 个字符处的引号没有闭合");
    }
    String content = text.substring(pos, close).strip();
    pos = close + 1;
    if (content.isEmpty()) {
      throw new QuerySyntaxException(
          "empty phrase \"\" at position " + (open + 1), "第 " + (open + 1) + " 个字符处的引号里是空的");
    }
    countClause();
    return new QueryNode.Phrase(content);
  }

  private int closingQuote(char opening) {
    int nested = 0;
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '”' && opening == '“' && nested == 0) {
        return i;
      }
      if (opening == '“' && c == '“') {
        nested++;
      } else if (opening == '“' && c == '”') {
        nested--;
      }
    }
    return -1;
  }

  /** A word; null (and kept for the message) when it has no letter or digit. */
  private QueryNode word() {
    int start = pos;
    while (!atEnd() && !Character.isWhitespace(peek()) && "()\"“".indexOf(peek()) < 0 && !atGroupClose()) {
      pos++;
    }
    if (pos == start) {
      throw error("unexpected '" + peek() + "'", "这里不该有“" + peek() + "”");
    }
    String word = text.substring(start, pos);
    if (IndexedCharacters.of(word).isEmpty()) {
      leftOut = word;
      return null;
    }
    countClause();
    return new QueryNode.Word(word);
  }

  private void countClause() {
    if (++clauses > MAX_CLAUSES) {
      throw new QuerySyntaxException(
          "query has more than " + MAX_CLAUSES + " words and phrases", "检索词超过 " + MAX_CLAUSES + " 个");
    }
  }

  /** Whether the input continues with {@code keyword} standing alone (before a space, a bracket or a quote). */
  private boolean atKeyword(String keyword) {
    int end = pos + keyword.length();
    return text.startsWith(keyword, pos)
        && (end == text.length() || Character.isWhitespace(text.charAt(end)) || "(\"“".indexOf(text.charAt(end)) >= 0
            || text.charAt(end) == FULL_WIDTH_OPEN
            || openGroups > 0 && (text.charAt(end) == ')' || text.charAt(end) == FULL_WIDTH_CLOSE)); // (劳模 OR)
  }

  /** A closing bracket: {@code )}, or {@code ）} inside a group (elsewhere it is text). */
  private boolean atGroupClose() {
    return !atEnd() && (peek() == ')' || peek() == FULL_WIDTH_CLOSE && openGroups > 0);
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

  private QuerySyntaxException error(String problem, String chinese) {
    return new QuerySyntaxException(problem + " at position " + (pos + 1), "第 " + (pos + 1) + " 个字符处：" + chinese);
  }
}
