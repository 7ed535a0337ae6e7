package eu.transferhub.generator.content;

import java.nio.file.Path;

/**
 * Where things are published: the output file of a site path, and a bundle file beside its
 * page. One answer for the renderer that writes the files and the checks that foresee them.
 */
public final class SiteFiles {

    private SiteFiles() {
    }

    /** The output file of a site path: {@code /en/cities/} → {@code en/cities/index.html}. */
    public static String of(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * A bundle file, at the same place relative to the page:
     * {@code en/good-practices/x/img/map.png} for {@code good-practices/x/img/map.png}.
     *
     * @param pageUrl  the page's site path, e.g. {@code /en/good-practices/x/}
     * @param pageFile the page's Markdown file, whose folder is the bundle
     */
    public static String resource(String pageUrl, Path pageFile, Path resource) {
        Path bundle = pageFile.getParent();
        Path relative = bundle == null ? resource : bundle.relativize(resource);
        return (pageUrl.startsWith("/") ? pageUrl.substring(1) : pageUrl) + relative.toString().replace('\\', '/');
    }
}
