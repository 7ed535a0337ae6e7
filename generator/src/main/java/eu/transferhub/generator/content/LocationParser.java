package eu.transferhub.generator.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a city's {@code location}: a mapping {@code {lat, lon}} or a WKT point
 * {@code "POINT (lon lat)"} (longitude first, as WKT and GeoJSON order them).
 */
final class LocationParser {

    private static final String NUMBER = "([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final Pattern WKT_POINT = Pattern.compile(
            "\\s*(?i:POINT)\\s*\\(\\s*" + NUMBER + "\\s+" + NUMBER + "\\s*\\)\\s*");

    private LocationParser() {
    }

    static Optional<Location> parse(YamlMapping fields, String key, Problems problems) {
        Optional<Node> value = fields.node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = fields.name(key);
        if (value.get() instanceof ScalarNode scalar) {
            Matcher point = WKT_POINT.matcher(scalar.getValue());
            if (!point.matches()) {
                problems.error(scalar, name + ": expected {lat: …, lon: …} or \"POINT (lon lat)\", got '"
                        + scalar.getValue() + "'");
                return Optional.empty();
            }
            int line = problems.line(scalar);
            return checked(Double.parseDouble(point.group(2)), line, Double.parseDouble(point.group(1)),
                    line, name, problems);
        }
        Optional<YamlMapping> mapping = fields.mapping(key);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping latLon = mapping.get();
        for (String field : latLon.fieldNames()) {
            if (!field.equals("lat") && !field.equals("lon")) {
                problems.error(latLon.keyLine(field), "unknown field '" + latLon.name(field)
                        + "' (a location has lat and lon)");
            }
        }
        Optional<Double> lat = latLon.number("lat");
        Optional<Double> lon = latLon.number("lon");
        if (latLon.node("lat").isEmpty()) {
            problems.error(latLon.line(), name + ".lat is required");
        }
        if (latLon.node("lon").isEmpty()) {
            problems.error(latLon.line(), name + ".lon is required");
        }
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        return checked(lat.get(), latLon.line("lat"), lon.get(), latLon.line("lon"), name, problems);
    }

    private static Optional<Location> checked(double lat, int latLine, double lon, int lonLine,
            String name, Problems problems) {
        boolean ok = true;
        if (!(lat >= -90 && lat <= 90)) {
            problems.error(latLine, name + ": latitude " + plain(lat) + " is out of range (-90..90)");
            ok = false;
        }
        if (!(lon >= -180 && lon <= 180)) {
            problems.error(lonLine, name + ": longitude " + plain(lon) + " is out of range (-180..180)");
            ok = false;
        }
        return ok ? Optional.of(new Location(lat, lon)) : Optional.empty();
    }

    /** 143.2 rather than 1.432E2 in messages. */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
