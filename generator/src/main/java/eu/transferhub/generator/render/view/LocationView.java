package eu.transferhub.generator.render.view;

/**
 * Where a city is: an OpenStreetMap link and the coordinates as text.
 */
public record LocationView(
        String mapUrl,
        String coordinates) {
}
