package eu.transferhub.generator.render.view;

import java.util.List;

/**
 * The site-wide part of a page: title, home, main menu, feed.
 */
public record SiteView(
        String title,
        String homeUrl,
        List<MenuLink> menu,
        boolean hasMenu,
        String feedUrl) {
}
