package gongbao.ingest.extract.topic;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.ingest.IoErrors;
import gongbao.ingest.extract.ExtractionConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The themes and the scoring settings, read from a JSON file: the one shipped with the program
 * ({@code gongbao/extract/topics.json}) or one given by path at ingest.
 *
 * @param contextTerms words that show an article speaks of workers or unions (工会, 职工, 劳动者…); an
 *     article with none of them gets no theme, since the themes are those of union work. Empty: no
 *     such condition.
 * @param minScore the least score for a theme to be given
 * @param relativeScore a theme must also reach this share of the article's best score, unless its evidence
 *     in the headline group alone reaches {@code minScore}
 * @param headingWeight how much more a term counts in the headline group than once in the body
 * @param maxCountPerTerm body occurrences of a term counted at most this often
 */
public record TopicTaxonomy(
    List<Topic> topics,
    List<String> contextTerms,
    double minScore,
    double relativeScore,
    double headingWeight,
    int maxCountPerTerm) {

  private static final String BUILT_IN = "/gongbao/extract/topics.json";

  public TopicTaxonomy {
    topics = List.copyOf(topics);
    contextTerms = List.copyOf(contextTerms);
    Set<String> ids = new HashSet<>();
    for (Topic topic : topics) {
      if (!ids.add(topic.id())) {
        throw new ExtractionConfigException("taxonomy: topic id '" + topic.id() + "' is used twice");
      }
    }
    if (minScore <= 0 || headingWeight <= 0 || maxCountPerTerm < 1 || relativeScore < 0 || relativeScore > 1) {
      throw new ExtractionConfigException("taxonomy: minScore, headingWeight > 0, maxCountPerTerm >= 1, "
          + "0 <= relativeScore <= 1 are required");
    }
  }

  public static TopicTaxonomy builtIn() {
    try (InputStream in = TopicTaxonomy.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new ExtractionConfigException("resource missing: " + BUILT_IN);
      }
      return parse(new ObjectMapper().readTree(in), BUILT_IN);
    } catch (IOException e) {
      throw new ExtractionConfigException("cannot read " + BUILT_IN + ": " + e.getMessage());
    }
  }

  public static TopicTaxonomy load(Path file) {
    try {
      return parse(new ObjectMapper().readTree(Files.readString(file)), file.toString());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String problem = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; (line: \\d+, column: \\d+)]", "$1");
      throw new ExtractionConfigException("taxonomy " + file + " is not valid JSON: " + problem
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new ExtractionConfigException("cannot read taxonomy: " + IoErrors.describe(e));
    }
  }

  private static TopicTaxonomy parse(JsonNode root, String source) {
    List<Topic> topics = new ArrayList<>();
    for (JsonNode node : required(root, "topics", source)) {
      Map<String, Double> terms = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> term : required(node, "terms", source).properties()) {
        if (!term.getValue().isNumber()) {
          throw new ExtractionConfigException(source + ": weight of '" + term.getKey() + "' is not a number");
        }
        terms.put(term.getKey(), term.getValue().asDouble());
      }
      topics.add(new Topic(required(node, "id", source).asText(), required(node, "label", source).asText(),
          required(node, "definition", source).asText(), terms));
    }
    List<String> contextTerms = new ArrayList<>();
    root.path("contextTerms").forEach(term -> contextTerms.add(term.asText()));
    return new TopicTaxonomy(topics, contextTerms, required(root, "minScore", source).asDouble(),
        required(root, "relativeScore", source).asDouble(), required(root, "headingWeight", source).asDouble(),
        required(root, "maxCountPerTerm", source).asInt());
  }

  private static JsonNode required(JsonNode node, String field, String source) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ExtractionConfigException(source + ": field '" + field + "' is missing");
    }
    return value;
  }
}
