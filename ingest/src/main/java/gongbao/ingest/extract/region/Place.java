package gongbao.ingest.extract.region;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the gazetteer: a GB/T 2260 division, or a development zone counted under its city.
 *
 * @param id the unit's own identity: its GB/T 2260 code, or for a zone without one, its name
 * @param name the full official name (浙江省, 慈溪市, 威海火炬高技术产业开发区)
 * @param regionCode the division the unit is counted under: its own code, or for a zone its city's
 * @param parentCode the division above, or null for a province
 */
public record Place(String id, String name, Kind kind, String regionCode, @Nullable String parentCode) {

  /** The level of a unit. Zones are not GB/T 2260 units; they count under their city. */
  public enum Kind {
    PROVINCE,
    CITY,
    COUNTY,
    ZONE
  }

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(regionCode, "regionCode");
  }
}
