package gongbao.ingest.extract.region;

import gongbao.ingest.extract.ExtractionConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The GB/T 2260 divisions (provinces, prefecture cities, counties) with their short forms, plus the
 * development zones and abbreviations of an editable alias file. Immutable once built.
 */
public final class RegionGazetteer {

  /**
   * One way of writing a place.
   *
   * @param fullName true for the official name, an alias or a short form with its unit word (甘孜州), false
   *     for a bare short form (甘孜)
   */
  public record Form(Place place, boolean fullName) {}

  private static final String DIVISIONS = "/gongbao/extract/divisions.tsv";
  private static final String ALIASES = "/gongbao/extract/region-aliases.tsv";
  private static final int[] NO_LENGTHS = {};

  private final Map<String, Place> byCode = new HashMap<>();
  private final Map<String, List<Form>> forms = new HashMap<>();
  /**
   * A node of the trie of all forms below its first character: finds every form starting at a position
   * in one pass. Its children are kept by character in sorted arrays, searched without boxing the text's
   * characters.
   */
  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private boolean endsForm;

    @Nullable Node child(char key) {
      int at = Arrays.binarySearch(keys, key);
      return at < 0 ? null : children[at];
    }

    Node childOrNew(char key) {
      int at = Arrays.binarySearch(keys, key);
      if (at >= 0) {
        return children[at];
      }
      int insert = -at - 1;
      keys = Arrays.copyOf(keys, keys.length + 1);
      children = Arrays.copyOf(children, children.length + 1);
      System.arraycopy(keys, insert, keys, insert + 1, keys.length - 1 - insert);
      System.arraycopy(children, insert, children, insert + 1, children.length - 1 - insert);
      keys[insert] = key;
      children[insert] = new Node();
      return children[insert];
    }
  }

  /**
   * The trie's first level, indexed by character: most text positions start no form, and one array load
   * tells so.
   */
  private final Node[] firstChars = new Node[Character.MAX_VALUE + 1];

  private RegionGazetteer() {}

  /** The gazetteer shipped with the program. */
  public static RegionGazetteer builtIn() {
    RegionGazetteer gazetteer = new RegionGazetteer();
    for (String[] row : rows(DIVISIONS, 3)) {
      gazetteer.addDivision(row[0], row[1], row[2].isEmpty() ? null : row[2]);
    }
    for (String[] row : rows(ALIASES, 3)) {
      gazetteer.addAlias(row[0], row[1], row[2]);
    }
    return gazetteer;
  }

  private void addDivision(String code, String name, @Nullable String parentCode) {
    if (code.equals(parentCode) || byCode.containsKey(code)) {
      throw new ExtractionConfigException("divisions: " + code + " " + name + " is listed twice or under itself");
    }
    Place.Kind kind;
    if (code.endsWith("0000")) {
      kind = Place.Kind.PROVINCE;
    } else if (code.endsWith("00")) {
      kind = Place.Kind.CITY;
    } else if (code.charAt(4) == '7') {
      kind = Place.Kind.ZONE;
    } else {
      kind = Place.Kind.COUNTY;
    }
    String regionCode = kind == Place.Kind.ZONE && parentCode != null ? parentCode : code;
    Place place = new Place(code, name, kind, regionCode, parentCode);
    byCode.put(code, place);
    addForm(name, new Form(place, true));
    ShortForms.of(name).ifPresent(form -> addForm(form, new Form(place, false)));
    ShortForms.withUnit(name).ifPresent(form -> addForm(form, new Form(place, true)));
  }

  private void addAlias(String form, String canonicalName, String code) {
    Place division = byCode.get(code);
    if (division == null) {
      throw new ExtractionConfigException("region alias '" + form + "' names unknown code " + code);
    }
    Place place = division.name().equals(canonicalName) ? division : zoneNamed(canonicalName, code);
    addForm(form, new Form(place, true));
  }

  private Place zoneNamed(String canonicalName, String code) {
    for (Form existing : forms.getOrDefault(canonicalName, List.of())) {
      if (existing.place().regionCode().equals(code)) {
        return existing.place();
      }
    }
    return new Place(canonicalName, canonicalName, Place.Kind.ZONE, code, code);
  }

  private void addForm(String form, Form entry) {
    if (form.isEmpty()) {
      throw new ExtractionConfigException("empty region form for " + entry.place().name());
    }
    List<Form> list = forms.computeIfAbsent(form, key -> new ArrayList<>(1));
    for (Form existing : list) {
      if (existing.place().equals(entry.place())) {
        return;
      }
    }
    list.add(entry);
    Node node = firstChars[form.charAt(0)];
    if (node == null) {
      node = new Node();
      firstChars[form.charAt(0)] = node;
    }
    for (int i = 1; i < form.length(); i++) {
      node = node.childOrNew(form.charAt(i));
    }
    node.endsForm = true;
  }

  /** The ways a surface form can be read, in gazetteer order; empty if it names nothing. */
  public List<Form> lookup(String form) {
    return Collections.unmodifiableList(forms.getOrDefault(form, List.of()));
  }

  /** The lengths of the forms that begin at {@code position} of {@code text}, longest first. */
  public int[] formLengthsAt(CharSequence text, int position) {
    int[] lengths = NO_LENGTHS; // most positions start no form: nothing allocated for them
    Node node = position < text.length() ? firstChars[text.charAt(position)] : null;
    for (int end = position + 1; node != null; end++) {
      if (node.endsForm) {
        int[] longer = new int[lengths.length + 1];
        longer[0] = end - position;
        System.arraycopy(lengths, 0, longer, 1, lengths.length);
        lengths = longer;
      }
      node = end < text.length() ? node.child(text.charAt(end)) : null;
    }
    return lengths;
  }

  public Optional<Place> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The division and those above it, from the province down. */
  public List<Place> chain(String code) {
    List<Place> chain = new ArrayList<>();
    Place place = byCode.get(code);
    while (place != null) {
      chain.add(0, place);
      place = place.parentCode() == null ? null : byCode.get(place.parentCode());
    }
    return chain;
  }

  /** Names from the province down: {@code 浙江省/宁波市/慈溪市}. */
  public String path(String code) {
    StringBuilder path = new StringBuilder();
    for (Place place : chain(code)) {
      if (!path.isEmpty()) {
        path.append('/');
      }
      path.append(place.name());
    }
    return path.toString();
  }

  /** True if {@code ancestor} is {@code code} or lies above it. */
  public boolean contains(String ancestor, String code) {
    for (Place place : chain(code)) {
      if (place.id().equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RegionGazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtractionConfigException("resource missing: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new ExtractionConfigException(resource + ": expected " + columns + " columns: " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new ExtractionConfigException("cannot read " + resource + ": " + e.getMessage());
    }
    return rows;
  }
}
