package gongbao.bench.extract;

import gongbao.bench.SharedData;
import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.analysis.SegmentedText;
import gongbao.ingest.extract.person.PersonExtractor;
import gongbao.ingest.extract.region.Place;
import gongbao.ingest.extract.region.PlaceFinder;
import gongbao.ingest.extract.region.PlaceMatch;
import gongbao.ingest.extract.region.RegionGazetteer;
import gongbao.ingest.extract.union.UnionExtractor;
import gongbao.ingest.extract.union.UnionMatch;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Place and union recall, and person precision, against the People's Daily 1998-01 corpus tagged by hand (PKU
 * standard): {@code bench/run Pd1998Recall [maxLines]}. Each paragraph's raw text is rebuilt from the tagged
 * words, segmented by HanLP and run through the extraction. Places: every {@code /ns} word that is a
 * GB/T 2260 unit in the gazetteer (full name or short form) must be found at exactly its span. Unions:
 * every {@code [...]nt} organisation whose name ends in 工会 must be found ending where it ends. Persons: each name the
 * extraction gives for a paragraph must be one of its {@code /nr} names (a family name and its given name, tagged
 * apart, joined); recall is over the names of two to four Chinese characters.
 */
public final class Pd1998Recall {

  private record Span(int start, int end, String text) {}

  private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{2,4}");
  private static final Set<String> COMPOUND_FAMILY_NAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "慕容", "东方");

  private Pd1998Recall() {}

  public static void main(String[] args) throws Exception {
    Path file = SharedData.require("pd1998/199801.utf8.txt.gz");
    int maxLines = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
    RegionGazetteer gazetteer = RegionGazetteer.builtIn();
    PlaceFinder finder = new PlaceFinder(gazetteer);
    UnionExtractor unions = new UnionExtractor(gazetteer);
    PersonExtractor personExtractor = new PersonExtractor(gazetteer);
    ArticleSegmenter segmenter = new ArticleSegmenter();
    int placeGold = 0;
    int placeFound = 0;
    int placeInsideLonger = 0;
    int placeExtracted = 0;
    int placeExtractedOnTag = 0;
    int unionGold = 0;
    int unionFound = 0;
    int personsExtracted = 0;
    int personsRight = 0;
    int personGold = 0;
    int personFound = 0;
    TreeMap<String, Integer> wrongPersons = new TreeMap<>();
    TreeMap<String, Integer> missedPlaces = new TreeMap<>();
    List<String> missedUnions = new ArrayList<>();
    long chars = 0;
    long startNanos = System.nanoTime();
    int lines = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && lines < maxLines) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        StringBuilder text = new StringBuilder();
        List<Span> places = new ArrayList<>();
        List<Span> organisations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        parse(line, text, places, organisations, names);
        chars += text.length();
        SegmentedText segmented = segmenter.segment(text.toString());
        List<PlaceMatch> found = finder.find(segmented, null);
        Set<Long> foundSpans = new HashSet<>();
        for (PlaceMatch match : found) {
          foundSpans.add(key(match.start(), match.end()));
        }
        Set<Long> taggedSpans = new HashSet<>();
        for (Span place : places) {
          taggedSpans.add(key(place.start(), place.end()));
          if (isDivision(gazetteer, place.text())) {
            placeGold++;
            if (foundSpans.contains(key(place.start(), place.end()))) {
              placeFound++;
            } else if (found.stream().anyMatch(m -> m.start() <= place.start() && m.end() >= place.end())) {
              placeInsideLonger++;
            } else {
              missedPlaces.merge(place.text(), 1, Integer::sum);
            }
          }
        }
        placeExtracted += found.size();
        for (PlaceMatch match : found) {
          if (taggedSpans.contains(key(match.start(), match.end()))) {
            placeExtractedOnTag++;
          }
        }
        List<String> persons = personExtractor.persons(List.of(segmented), List.of());
        for (String person : persons) {
          personsExtracted++;
          if (names.contains(person)) {
            personsRight++;
          } else {
            wrongPersons.merge(person, 1, Integer::sum);
          }
        }
        for (String name : names) {
          if (CHINESE_NAME.matcher(name).matches()) {
            personGold++;
            personFound += persons.contains(name) ? 1 : 0;
          }
        }
        if (!organisations.isEmpty()) {
          List<UnionMatch> matches = unions.find(segmented, found, null);
          for (Span organisation : organisations) {
            unionGold++;
            if (matches.stream().anyMatch(match -> match.end() == organisation.end())) {
              unionFound++;
            } else {
              missedUnions.add(organisation.text());
            }
          }
        }
      }
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf(Locale.ROOT, "pd1998 199801: %d paragraphs, %d characters, %.1f s (segmentation included)%n",
        lines, chars, seconds);
    System.out.printf(Locale.ROOT, "place recall (/ns words that are GB/T 2260 units, exact span): %d / %d = %.3f%n",
        placeFound, placeGold, (double) placeFound / placeGold);
    System.out.printf(Locale.ROOT, "  found inside a longer place name (内蒙古 of 内蒙古自治区 tagged apart): %d; "
        + "recall counting those: %.3f%n", placeInsideLonger, (double) (placeFound + placeInsideLonger) / placeGold);
    System.out.printf(Locale.ROOT, "places found on a /ns word's exact span: %d / %d = %.3f%n",
        placeExtractedOnTag, placeExtracted, (double) placeExtractedOnTag / placeExtracted);
    System.out.printf(Locale.ROOT, "union recall ([...]nt ending in 工会, same end): %d / %d = %.3f%n",
        unionFound, unionGold, (double) unionFound / Math.max(1, unionGold));
    System.out.printf(Locale.ROOT, "persons given that are a /nr name of their paragraph: %d / %d = %.3f%n",
        personsRight, personsExtracted, (double) personsRight / personsExtracted);
    System.out.printf(Locale.ROOT, "person recall (/nr names of 2 to 4 Chinese characters): %d / %d = %.3f%n",
        personFound, personGold, (double) personFound / personGold);
    System.out.println("most missed places: " + top(missedPlaces, 25));
    System.out.println("missed unions: " + missedUnions);
    System.out.println("most frequent persons given that are no /nr name: " + top(wrongPersons, 40));
  }

  /**
   * Rebuilds the raw text of a tagged line and collects /ns words and [...]nt unions with their spans, and the /nr
   * names: a family name tagged apart ({@code 江/nr 泽民/nr}) joined to the given name after it.
   */
  private static void parse(String line, StringBuilder text, List<Span> places, List<Span> organisations,
      Set<String> names) {
    String[] items = line.trim().split("\\s+");
    int compoundStart = -1;
    String familyName = null;
    for (int i = 1; i < items.length; i++) {
      String item = items[i];
      boolean opens = item.startsWith("[");
      if (opens) {
        item = item.substring(1);
        compoundStart = text.length();
      }
      String compoundTag = null;
      int close = item.lastIndexOf(']');
      if (close > 0) {
        compoundTag = item.substring(close + 1);
        item = item.substring(0, close);
      }
      int slash = item.lastIndexOf('/');
      String word = slash > 0 ? item.substring(0, slash) : item;
      String tag = slash > 0 ? item.substring(slash + 1) : "";
      int start = text.length();
      text.append(word);
      if (tag.equals("ns")) {
        places.add(new Span(start, text.length(), word));
      }
      if (familyName != null) {
        names.add(tag.equals("nr") ? familyName + word : familyName);
        familyName = null;
      } else if (tag.equals("nr") && (word.length() == 1 || COMPOUND_FAMILY_NAMES.contains(word))) {
        familyName = word;
      } else if (tag.equals("nr")) {
        names.add(word);
      }
      if (compoundTag != null && compoundStart >= 0) {
        String compound = text.substring(compoundStart);
        if (compoundTag.equals("nt") && compound.endsWith("工会")) {
          organisations.add(new Span(compoundStart, text.length(), compound));
        }
        compoundStart = -1;
      }
    }
  }

  private static boolean isDivision(RegionGazetteer gazetteer, String word) {
    return gazetteer.lookup(word).stream().anyMatch(form -> form.place().kind() != Place.Kind.ZONE);
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static String top(TreeMap<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(limit)
        .map(entry -> entry.getKey() + "×" + entry.getValue())
        .toList()
        .toString();
  }
}
