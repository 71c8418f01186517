package gongbao.ingest.extract.region;

/**
 * A place named in a text.
 *
 * @param start offset of the first character of the name in the text
 * @param end offset after its last character
 * @param fullName true if written in full (慈溪市), false for a short form (慈溪)
 */
public record PlaceMatch(int start, int end, Place place, boolean fullName) {}
