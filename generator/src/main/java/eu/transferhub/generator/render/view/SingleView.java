package eu.transferhub.generator.render.view;

/**
 * A content page. The type-specific parts are null unless the page is of that type.
 *
 * @param html        the sanitised body HTML, written unescaped
 * @param toc         null on short pages
 * @param terms       null when the page refers to no terms
 * @param referencing on city, network and theme pages (which are term pages): what refers to them
 * @param editUrl     null unless the site has a repository
 */
public record SingleView(
        String type,
        String typeLabel,
        String title,
        String summary,
        Dates dates,
        boolean transfer,
        String html,
        Toc toc,
        TermGroups terms,
        CityView city,
        NetworkView network,
        PracticeView practice,
        PublicationView publication,
        Referencing referencing,
        String editUrl) {
}
