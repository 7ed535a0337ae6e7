package eu.transferhub.generator.content;

/** The front-matter fields specific to a page type. */
public sealed interface Details permits CityDetails, NetworkDetails, PracticeDetails,
        PublicationDetails, NoDetails {
}
