package eu.transferhub.generator.content;

/**
 * A point on the map, WGS 84 degrees.
 *
 * @param lat latitude, -90..90
 * @param lon longitude, -180..180
 */
public record Location(double lat, double lon) {
    public Location {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude " + lat + " is out of range (-90..90)");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude " + lon + " is out of range (-180..180)");
        }
    }
}
