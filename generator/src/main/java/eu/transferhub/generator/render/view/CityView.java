package eu.transferhub.generator.render.view;

/**
 * A city's profile: country name, location and contact; each part may be null.
 */
public record CityView(
        String country,
        LocationView location,
        ContactView contact) {
}
